// The stancegraph viewer: draws the graph embedded in the page (the JSON
// of the script element #sg-data, written by export/html_writer.cpp) as an SVG,
// with filters and an evidence panel. It fetches nothing and uses no
// library; every text from the data goes into the page as text, never as
// markup. The first layout is computed here deterministically (no random
// numbers), so the same file always opens on the same picture.
//
// The data (fields marked ? are left out when false or empty):
//   nodes:      [{id, label, type, iso, actor}]
//   edges:      [{id, source, target, type, negated, color, assertions: [index]}]
//               source and target index nodes; assertions index `assertions`
//   untargeted: [{id, source, type, negated, color, assertions: [index]}]
//   assertions: [{id, date?, type, negated?, modality?, topic?, verb?, actors: [node],
//                 targets?: [node], speakers?: [node, or a name when the speaker is no node],
//                 evidence: [index]}]
//               every assertion of the graph, statements and modal ones
//               included, by date (undated last)
//   evidence:   [{text, report, citations: [{n, url}]}]
//   types:      [{type, color}]   every event type of the assertions
//   reports:    [{id, title, label, date}]
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const data = JSON.parse(document.getElementById('sg-data').textContent);
  const nodes = data.nodes || [];
  const edges = data.edges || [];
  const untargeted = data.untargeted || [];
  const assertions = data.assertions || [];
  const evidence = data.evidence || [];
  const reports = data.reports || [];

  // Sizes in pixels at zoom 1.
  const R_MIN = 5; // the radius of the least busy actor ...
  const R_MAX = 26; // ... and of the busiest: sizes are relative to the graph, never larger
  const FONT = 11; // label font size
  const CHAR = 0.62 * FONT; // the width of an average character, to reserve room for a label
  const LABEL_CHARS = 30; // longer labels are cut (the whole name is in the tooltip)
  const LABEL_H = FONT + 5; // the label's line under the shape
  const GAP = 6; // at least this much between two actors' shapes and labels
  const ARROW = 40; // at least this much of an arrow between two actors runs outside both (15 px on screen down to zoom 0.375)
  const DEFAULT_TOP = 30; // busiest actors on the first screen ...
  const FIRST_ARROWS = 80; // ... and at most this many arrows, by raising the fewest assertions per arrow
  const PAGE = 50; // lines per page in the evidence panel

  // The fills of the other views (docs/visualization.md); the shapes tell
  // the types apart without colour.
  const NODE_STYLES = {
    State: { fill: '#9ecae1', shape: 'circle', name: 'State' },
    Organization: { fill: '#a1d99b', shape: 'square', name: 'Organization' },
    ArmedForce: { fill: '#fc9272', shape: 'triangle', name: 'Armed force' },
    Person: { fill: '#fdd0a2', shape: 'diamond', name: 'Person' },
    ActorGroup: { fill: '#bcbddc', shape: 'hexagon', name: 'Group of actors' },
    Place: { fill: '#d9d9d9', shape: 'pentagon', name: 'Place' },
    '': { fill: '#999999', shape: 'circle', name: 'Other' },
  };
  const nodeStyle = (type) => NODE_STYLES[type] || NODE_STYLES[''];
  const safeColor = (c) => (/^#[0-9a-fA-F]{6}$/.test(c || '') ? c : '#999999');

  // --- small DOM helpers -------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }
  // Black or white text, whichever reads better on `hex`.
  function inkOn(hex) {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    const lum = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    return lum > 0.179 ? '#000000' : '#ffffff';
  }
  // Only web links become links; anything else (javascript:, data:) stays text.
  const isWebUrl = (u) => /^https?:\/\//i.test(u || '');
  const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const many = (n, one, more) => `${n} ${n === 1 ? one : more}`;
  // A real calendar day written YYYY-MM-DD, whatever the browser's locale.
  function isIsoDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  }

  const graphEl = document.getElementById('graph');
  const emptyEl = document.getElementById('empty');
  const panel = document.getElementById('panel');
  const summaryEl = document.getElementById('summary');

  // --- what the data gives once -------------------------------------------
  const typeColor = {};
  for (const t of data.types || []) typeColor[t.type] = safeColor(t.color);
  for (const e of edges.concat(untargeted)) typeColor[e.type] = safeColor(e.color);
  const types = Object.keys(typeColor).sort();
  const arrowTypes = new Set(edges.map((e) => e.type));

  // A node's weight: the assertions behind its arrows and its untargeted
  // stances. Sizes grow with its square root, relative to the busiest.
  const weight = nodes.map(() => 0);
  for (const e of edges) {
    weight[e.source] += e.assertions.length;
    if (e.target !== e.source) weight[e.target] += e.assertions.length;
  }
  for (const e of untargeted) weight[e.source] += e.assertions.length;
  const maxWeight = Math.max(1, ...weight);
  const radius = weight.map((w) => R_MIN + (R_MAX - R_MIN) * Math.sqrt(w / maxWeight));
  const shortLabel = nodes.map((n) => clip(n.label, LABEL_CHARS));
  // Half the width an actor takes with its label, for keeping actors apart.
  const halfWidth = nodes.map((_, i) => Math.max(radius[i], (shortLabel[i].length * CHAR) / 2) + GAP / 2);
  const maxCount = Math.max(1, ...edges.map((e) => e.assertions.length));
  const hasArrow = nodes.map(() => false);
  for (const e of edges) hasArrow[e.source] = hasArrow[e.target] = true;

  // What each actor said and did: the assertions it is an actor or a
  // speaker of, in the data's date order.
  const timeline = nodes.map(() => []);
  assertions.forEach((a, ai) => {
    const who = new Set((a.actors || []).concat((a.speakers || []).filter((s) => typeof s === 'number')));
    for (const i of who) if (timeline[i]) timeline[i].push(ai);
  });

  const allDates = assertions.map((a) => a.date).filter(Boolean).sort();
  const minDate = allDates[0] || '';
  const maxDate = allDates[allDates.length - 1] || '';

  // --- filter state --------------------------------------------------------
  const state = {
    types: new Set(types),
    actor: -1,
    search: '',
    from: '',
    to: '',
    negated: true,
    isolated: edges.length === 0,
    top: DEFAULT_TOP,
    minWeight: 1,
    selected: null, // {kind: 'edge'|'node', index}
  };

  function dateFilterOn() {
    return state.from !== '' || state.to !== '';
  }
  function dateShown(i) {
    if (!dateFilterOn()) return true;
    const d = assertions[i] && assertions[i].date;
    if (!d) return false;
    return (state.from === '' || d >= state.from) && (state.to === '' || d <= state.to);
  }
  // An assertion in an actor's timeline: its type, polarity and date pass.
  function assertionShown(i) {
    const a = assertions[i];
    return (!a.type || state.types.has(a.type)) && (state.negated || !a.negated) && dateShown(i);
  }
  function stanceShown(e) {
    return state.types.has(e.type) && (state.negated || !e.negated);
  }
  // Whether a filter of what the stances say hides some (top N and the
  // fewest assertions per arrow only choose what to draw).
  function filtersOn() {
    return state.types.size !== types.length || state.actor >= 0 || dateFilterOn() || !state.negated;
  }

  // The filters applied: per edge, the assertions that pass (`passed`, 0
  // when its stance is filtered out) and the number drawn (`drawn`, 0 when
  // it is not drawn); per node, whether it is drawn.
  let passed = edges.map((e) => e.assertions.length);
  let drawn = passed.slice();
  let nodeDrawn = nodes.map(() => false);
  let ranked = 0; // actors with an arrow that passes the filters

  function applyFilters(top = state.top, minWeight = state.minWeight) {
    const chosen = state.actor;
    const pass = edges.map((e) => {
      if (!stanceShown(e)) return 0;
      if (chosen >= 0 && e.source !== chosen && e.target !== chosen) return 0;
      return dateFilterOn() ? e.assertions.filter(dateShown).length : e.assertions.length;
    });
    const busy = nodes.map(() => 0);
    pass.forEach((n, i) => {
      if (n < minWeight || n === 0) return;
      busy[edges[i].source] += n;
      busy[edges[i].target] += n;
    });
    const order = nodes.map((_, i) => i).filter((i) => busy[i] > 0);
    order.sort((a, b) => busy[b] - busy[a] || weight[b] - weight[a] || (nodes[a].label < nodes[b].label ? -1 : nodes[a].label > nodes[b].label ? 1 : a - b));
    const inTop = nodes.map(() => false);
    for (const i of order.slice(0, top)) inTop[i] = true;
    if (chosen >= 0) inTop[chosen] = true;
    const draw = pass.map((n, i) => (n >= minWeight && n > 0 && inTop[edges[i].source] && inTop[edges[i].target] ? n : 0));
    return { pass, draw, ranked: order.length };
  }

  function filter() {
    const r = applyFilters();
    passed = r.pass;
    drawn = r.draw;
    ranked = r.ranked;
    nodeDrawn = nodes.map(() => false);
    edges.forEach((e, i) => {
      if (drawn[i] > 0) nodeDrawn[e.source] = nodeDrawn[e.target] = true;
    });
    if (state.actor >= 0) nodeDrawn[state.actor] = true;
    else if (state.isolated) nodes.forEach((_, i) => (nodeDrawn[i] = nodeDrawn[i] || !hasArrow[i]));
  }

  // The first screen: the busiest actors, and the fewest assertions per
  // arrow that keeps their arrows to a number one can read.
  function firstScreen() {
    state.top = Math.min(DEFAULT_TOP, Math.max(1, nodes.length));
    state.minWeight = 1;
    const counts = [...new Set(edges.map((e) => e.assertions.length))].sort((a, b) => a - b);
    for (const w of counts) {
      state.minWeight = w;
      if (applyFilters(state.top, w).draw.filter((n) => n > 0).length <= FIRST_ARROWS) break;
    }
  }

  // --- layout ------------------------------------------------------------
  // Positions of every node ever drawn; a dragged one is pinned where it was
  // dropped. The first screen lays out each connected part of the drawn
  // actors on its own (Fruchterman-Reingold from a sunflower spiral, a pull
  // to its centre), pushes actors apart until no two shapes-with-labels
  // overlap and every arrow runs ARROW px outside both of its actors, and
  // packs the parts in rows, largest first, to the shape of the window;
  // actors with no arrow are tiled in rows under them. Later changes keep
  // what was drawn where it was and fit the newcomers in.
  const pos = nodes.map(() => ({ x: 0, y: 0 }));
  const placed = nodes.map(() => false);
  const pinned = nodes.map(() => false);
  let laidOut = ''; // the drawn set the positions were computed for
  const golden = Math.PI * (3 - Math.sqrt(5));

  const box = (i) => ({
    l: pos[i].x - halfWidth[i],
    r: pos[i].x + halfWidth[i],
    t: pos[i].y - radius[i] - GAP / 2,
    b: pos[i].y + radius[i] + LABEL_H + GAP / 2,
  });
  function bounds(list) {
    const b = { l: Infinity, r: -Infinity, t: Infinity, b: -Infinity };
    for (const i of list) {
      const x = box(i);
      b.l = Math.min(b.l, x.l);
      b.r = Math.max(b.r, x.r);
      b.t = Math.min(b.t, x.t);
      b.b = Math.max(b.b, x.b);
    }
    return b;
  }

  // Moves the nodes of `list` (but those that `stays`) by forces, from where
  // they are: repulsion between every two (k^2/d), the pull of each arrow
  // (d^2, balanced against one repulsion at the arrow's rest length) and
  // of `gravity` toward the origin. Each round's step is at most `temp`,
  // which falls to nothing. O(n^2) a round.
  function forces(list, links, rounds, temp, gravity, stays = (v) => pinned[v]) {
    const n = list.length;
    const k = 80;
    const at = new Map(list.map((v, j) => [v, j]));
    const x = Float64Array.from(list, (v) => pos[v].x);
    const y = Float64Array.from(list, (v) => pos[v].y);
    const fixed = list.map(stays);
    // A linked pair rests far enough apart for the arrow to show between
    // the two actors and their labels.
    const pairs = links.map(([a, b]) => [at.get(a), at.get(b), halfWidth[a] + halfWidth[b] + 70]);
    const cool = temp / (rounds + 1);
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let round = 0; round < rounds; round++) {
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ux = x[i] - x[j];
          let uy = y[i] - y[j];
          let d2 = ux * ux + uy * uy;
          if (d2 < 0.01) {
            // Two nodes on one spot: part them along a fixed direction.
            ux = 0.1 * ((i % 7) - 3) + 0.05;
            uy = 0.1 * ((j % 5) - 2) + 0.05;
            d2 = ux * ux + uy * uy;
          }
          const f = (k * k) / d2;
          dx[i] += ux * f;
          dy[i] += uy * f;
          dx[j] -= ux * f;
          dy[j] -= uy * f;
        }
      }
      for (const [a, b, rest] of pairs) {
        const ux = x[a] - x[b];
        const uy = y[a] - y[b];
        const f = (Math.sqrt(ux * ux + uy * uy) * k * k) / (rest * rest * rest);
        dx[a] -= ux * f;
        dy[a] -= uy * f;
        dx[b] += ux * f;
        dy[b] += uy * f;
      }
      for (let i = 0; i < n; i++) {
        if (fixed[i]) continue;
        dx[i] -= x[i] * gravity;
        dy[i] -= y[i] * gravity;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (d > 0) {
          const step = Math.min(d, temp);
          x[i] += (dx[i] / d) * step;
          y[i] += (dy[i] / d) * step;
        }
      }
      temp -= cool;
    }
    list.forEach((v, j) => {
      pos[v].x = x[j];
      pos[v].y = y[j];
    });
  }

  // The connected parts of `list`, each in the order of `list`.
  function parts(list, links) {
    const root = new Map(list.map((v) => [v, v]));
    const find = (v) => {
      while (root.get(v) !== v) v = root.get(v);
      return v;
    };
    for (const [a, b] of links) root.set(find(a), find(b));
    const groups = new Map();
    for (const v of list) {
      const r = find(v);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r).push(v);
    }
    return [...groups.values()];
  }

  const linksIn = (part, links) => {
    const inPart = new Set(part);
    return links.filter(([a]) => inPart.has(a));
  };

  // One connected part on its own, around the origin: the busiest in the
  // middle of a sunflower spiral, then forces, then room for every shape,
  // label and arrow.
  function layoutPart(part, links) {
    part.forEach((v, j) => {
      const s = 40 * Math.sqrt(j + 0.5);
      pos[v].x = s * Math.cos(j * golden);
      pos[v].y = s * Math.sin(j * golden);
    });
    // Forces cost O(n^2) a round: a part of more than 1500 actors keeps
    // its spiral (overlaps are still removed).
    const n = part.length;
    if (n > 1 && n <= 1500) forces(part, links, n > 400 ? 120 : 300, 10 * Math.sqrt(n) + 20, 1.8);
    makeRoom(part, links);
  }

  // The first screen: each part laid out alone, then packed in rows.
  function layoutFresh(list, links) {
    const all = parts(list, links);
    for (const part of all) layoutPart(part, linksIn(part, links));
    // Largest first (`list` is busiest first, and so is each part).
    all.sort((a, b) => b.length - a.length || list.indexOf(a[0]) - list.indexOf(b[0]));
    // Rows as wide as makes the picture fill the window best.
    const rect = graphEl.getBoundingClientRect();
    const [W, H] = rect.width > 0 && rect.height > 0 ? [rect.width, rect.height] : [1, 1];
    const space = 30;
    const sizes = all.map((part) => bounds(part));
    const shelves = (rowWidth, place) => {
      let x = 0;
      let y = 0;
      let rowHeight = 0;
      let width = 0;
      all.forEach((part, p) => {
        const b = sizes[p];
        const w = b.r - b.l;
        if (x > 0 && x + w > rowWidth) {
          x = 0;
          y += rowHeight + space;
          rowHeight = 0;
        }
        if (place) place(part, x - b.l, y - b.t);
        x += w + space;
        width = Math.max(width, x - space);
        rowHeight = Math.max(rowHeight, b.b - b.t);
      });
      return Math.min(W / width, H / (y + rowHeight));
    };
    const widest = Math.max(...sizes.map((b) => b.r - b.l));
    const total = sizes.reduce((t, b) => t + b.r - b.l + space, 0);
    let best = widest;
    for (let step = 0; step <= 24; step++) {
      const w = widest + ((total - widest) * step) / 24;
      if (shelves(w) > shelves(best)) best = w;
    }
    shelves(best, (part, dx, dy) => {
      for (const v of part) {
        pos[v].x += dx;
        pos[v].y += dy;
      }
    });
  }

  // Later changes: what was drawn stays where it was. A newcomer linked to
  // drawn actors settles beside them; a part of newcomers only is laid out
  // on its own and put past the right side of the picture.
  function layoutWarm(list, links) {
    const known = (v) => placed[v] || pinned[v];
    const old = list.filter(known);
    const b = bounds(old);
    let x = b.r + 40;
    let y = b.t;
    for (const part of parts(list, links)) {
      if (part.every(known)) continue;
      const own = linksIn(part, links);
      if (!part.some(known)) {
        layoutPart(part, own);
        const p = bounds(part);
        for (const v of part) {
          pos[v].x += x - p.l;
          pos[v].y += y - p.t;
        }
        y += p.b - p.t + 30;
        continue;
      }
      const neighbours = new Map(part.map((v) => [v, []]));
      for (const [a, c] of own) {
        neighbours.get(a).push(c);
        neighbours.get(c).push(a);
      }
      part.forEach((v, j) => {
        if (known(v)) return;
        const near = neighbours.get(v).filter(known);
        const from = near.length ? near : part.filter(known);
        pos[v].x = from.reduce((t, u) => t + pos[u].x, 0) / from.length + 40 * Math.cos(j * golden);
        pos[v].y = from.reduce((t, u) => t + pos[u].y, 0) / from.length + 40 * Math.sin(j * golden);
      });
      forces(part, own, 60, 15, 0, known);
    }
    makeRoom(list, links);
  }

  // One sweep over the boxes in order of their left side; each overlapping
  // pair is pushed apart along the axis where it overlaps least. Returns
  // whether anything moved.
  function separate(list) {
    const order = list.slice().sort((a, b) => box(a).l - box(b).l || a - b);
    let moved = false;
    for (let p = 0; p < order.length; p++) {
      const i = order[p];
      for (let q = p + 1; q < order.length; q++) {
        const j = order[q];
        const bi = box(i);
        const bj = box(j);
        if (bj.l >= bi.r) break;
        const ox = Math.min(bi.r, bj.r) - Math.max(bi.l, bj.l);
        const oy = Math.min(bi.b, bj.b) - Math.max(bi.t, bj.t);
        if (ox <= 0 || oy <= 0) continue;
        const wi = pinned[i] ? 0 : 1;
        const wj = pinned[j] ? 0 : 1;
        if (wi + wj === 0) continue; // both placed by hand: the user's choice
        moved = true;
        const axis = ox < oy ? 'x' : 'y';
        const gap = (axis === 'x' ? ox : oy) + 0.5;
        const dir = pos[j][axis] > pos[i][axis] || (pos[j][axis] === pos[i][axis] && j > i) ? 1 : -1;
        pos[i][axis] -= (dir * gap * wi) / (wi + wj);
        pos[j][axis] += (dir * gap * wj) / (wi + wj);
      }
    }
    return moved;
  }

  // How far from its centre a ray along the unit vector (ux, uy) leaves
  // the box of actor i.
  function exitBox(i, ux, uy) {
    const across = ux !== 0 ? halfWidth[i] / Math.abs(ux) : Infinity;
    const up = radius[i] + GAP / 2;
    const down = radius[i] + LABEL_H + GAP / 2;
    return Math.min(across, uy > 0 ? down / uy : uy < 0 ? up / -uy : Infinity);
  }

  // One sweep over the linked pairs: each whose centres are too close for
  // ARROW px of the line between them to run outside both boxes is pushed
  // apart along that line. The forces only pull a pair toward a rest
  // length; in a crowded part the pull to the centre wins, and the sweeps
  // of separate() alone leave two linked actors with their boxes touching,
  // the arrow a stub under them. Returns whether anything moved.
  function lengthen(links) {
    let moved = false;
    for (const [a, b] of links) {
      const wa = pinned[a] ? 0 : 1;
      const wb = pinned[b] ? 0 : 1;
      if (wa + wb === 0) continue; // both placed by hand: the user's choice
      let ux = pos[b].x - pos[a].x;
      let uy = pos[b].y - pos[a].y;
      const d = Math.sqrt(ux * ux + uy * uy);
      if (d < 0.01) [ux, uy] = [1, 0];
      else [ux, uy] = [ux / d, uy / d];
      const need = exitBox(a, ux, uy) + exitBox(b, -ux, -uy) + ARROW;
      if (d >= need) continue;
      const gap = need - d + 0.5;
      pos[a].x -= (ux * gap * wa) / (wa + wb);
      pos[a].y -= (uy * gap * wa) / (wa + wb);
      pos[b].x += (ux * gap * wb) / (wa + wb);
      pos[b].y += (uy * gap * wb) / (wa + wb);
      moved = true;
    }
    return moved;
  }

  // Sweeps until no two boxes overlap and every link is long enough.
  function makeRoom(list, links) {
    for (let attempt = 0; attempt < 40; attempt++) {
      for (let pass = 0; pass < 60; pass++) {
        const parted = separate(list);
        if (!lengthen(links) && !parted) return;
      }
      // Still crowded: spreading everything out from the centre always
      // makes room, then the sweeps go on.
      const free = list.filter((i) => !pinned[i]);
      const cx = free.reduce((t, i) => t + pos[i].x, 0) / Math.max(1, free.length);
      const cy = free.reduce((t, i) => t + pos[i].y, 0) / Math.max(1, free.length);
      for (const i of free) {
        pos[i].x = cx + (pos[i].x - cx) * 1.15;
        pos[i].y = cy + (pos[i].y - cy) * 1.15;
      }
    }
  }

  // Actors with no arrow, busiest first, in rows under the rest.
  function tile(list, above) {
    if (!list.length) return;
    let x0 = 0;
    let x1 = 0;
    let y = 0;
    if (above.length) {
      x0 = Math.min(...above.map((i) => box(i).l));
      x1 = Math.max(...above.map((i) => box(i).r));
      y = Math.max(...above.map((i) => box(i).b)) + 40;
    }
    const area = list.reduce((t, i) => t + 2 * halfWidth[i] * (2 * radius[i] + LABEL_H + GAP), 0);
    const width = Math.max(x1 - x0, Math.sqrt(area) * 1.6, 400);
    if (!above.length) x0 = -width / 2;
    let x = x0;
    let rowHeight = 0;
    for (const i of list) {
      const w = 2 * halfWidth[i];
      const h = 2 * radius[i] + LABEL_H + GAP;
      if (x > x0 && x + w > x0 + width) {
        x = x0;
        y += rowHeight;
        rowHeight = 0;
      }
      if (!pinned[i]) {
        pos[i].x = x + w / 2;
        pos[i].y = y + radius[i] + GAP / 2;
      }
      x += w;
      rowHeight = Math.max(rowHeight, h);
    }
  }

  // Lays the drawn actors out when the set changed; whether it did.
  function layout(fresh) {
    const linked = [];
    const alone = [];
    const pairs = new Map();
    edges.forEach((e, i) => {
      if (drawn[i] === 0 || e.source === e.target) return;
      const key = Math.min(e.source, e.target) * nodes.length + Math.max(e.source, e.target);
      pairs.set(key, [e.source, e.target]);
    });
    const links = [...pairs.values()];
    const withArrow = nodes.map(() => false);
    for (const [a, b] of links) withArrow[a] = withArrow[b] = true;
    // Busiest first: in the middle of their part, and their part first.
    const order = nodes.map((_, i) => i).sort((a, b) => weight[b] - weight[a] || a - b);
    for (const i of order) if (nodeDrawn[i]) (withArrow[i] ? linked : alone).push(i);
    const key = linked.join(',') + '|' + alone.join(',');
    if (!fresh && key === laidOut) return false;
    laidOut = key;
    // Mostly new actors (a much larger top N, say): a new picture.
    const known = linked.filter((i) => placed[i] || pinned[i]).length;
    if (fresh || known < linked.length / 2) {
      pinned.fill(false);
      layoutFresh(linked, links);
    } else {
      layoutWarm(linked, links);
    }
    tile(alone, linked);
    for (const i of linked.concat(alone)) placed[i] = true;
    return true;
  }

  // --- drawing -----------------------------------------------------------
  function shapePath(shape, r) {
    const poly = (k, rot) =>
      Array.from({ length: k }, (_, i) => {
        const a = rot + (2 * Math.PI * i) / k;
        return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
      }).join(' ');
    switch (shape) {
      case 'square':
        return svg('rect', { x: -r * 0.85, y: -r * 0.85, width: r * 1.7, height: r * 1.7, rx: 2 });
      case 'triangle':
        return svg('polygon', { points: poly(3, -Math.PI / 2) });
      case 'diamond':
        return svg('polygon', { points: poly(4, 0) });
      case 'hexagon':
        return svg('polygon', { points: poly(6, 0) });
      case 'pentagon':
        return svg('polygon', { points: poly(5, -Math.PI / 2) });
      default:
        return svg('circle', { r });
    }
  }

  // Shapes first, arrows above them (so that an arrow is never hidden by
  // a node, and a click on it selects it), labels on top.
  const viewport = svg('g', { id: 'viewport' });
  const defs = svg('defs');
  const nodeLayer = svg('g', { class: 'nodes' });
  const edgeLayer = svg('g', { class: 'edges' });
  const labelLayer = svg('g', { class: 'labels', 'aria-hidden': 'true' });
  viewport.append(nodeLayer, edgeLayer, labelLayer);
  graphEl.append(defs, viewport);

  const markerOf = {};
  types.forEach((t, i) => {
    const m = svg('marker', {
      id: `arrow-${i}`,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 9,
      markerHeight: 9,
      markerUnits: 'userSpaceOnUse',
      orient: 'auto',
    });
    m.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: typeColor[t] }));
    defs.append(m);
    markerOf[t] = `url(#arrow-${i})`;
  });

  // Edges between the same two nodes bend apart; opposite directions bend
  // to opposite sides because the offset is measured on the ordered pair.
  const bundle = new Map();
  edges.forEach((e, i) => {
    const key = Math.min(e.source, e.target) + ':' + Math.max(e.source, e.target);
    if (!bundle.has(key)) bundle.set(key, []);
    bundle.get(key).push(i);
  });
  const bend = edges.map(() => 0);
  const incident = nodes.map(() => []);
  edges.forEach((e, i) => {
    incident[e.source].push(i);
    if (e.target !== e.source) incident[e.target].push(i);
  });
  for (const members of bundle.values()) {
    members.forEach((i, k) => {
      const e = edges[i];
      const side = e.source <= e.target ? 1 : -1;
      bend[i] = (k - (members.length - 1) / 2) * 22 * side;
    });
  }

  function edgeGeometry(i) {
    const e = edges[i];
    const a = pos[e.source];
    const b = pos[e.target];
    const f = (v) => v.toFixed(2);
    if (e.source === e.target) {
      const r = radius[e.source];
      const s = 1 + Math.abs(bend[i]) / 22;
      const d = `M${f(a.x - r * 0.5)},${f(a.y - r)} C${f(a.x - 30 * s)},${f(a.y - 50 * s)} ${f(a.x + 30 * s)},${f(a.y - 50 * s)} ${f(a.x + r * 0.5)},${f(a.y - r)}`;
      return { d, mid: { x: a.x, y: a.y - 38 * s } };
    }
    const vx = b.x - a.x;
    const vy = b.y - a.y;
    const len = Math.sqrt(vx * vx + vy * vy) || 1;
    const nx = -vy / len;
    const ny = vx / len;
    // Every arrow curves a little, more the longer it is, so that arrows
    // along one line (A to B, A to C beyond B) part instead of covering
    // each other.
    const off = bend[i] * 2 + 0.12 * len;
    const c = { x: (a.x + b.x) / 2 + nx * off, y: (a.y + b.y) / 2 + ny * off };
    const cut = (p, r) => {
      const ux = c.x - p.x;
      const uy = c.y - p.y;
      const l = Math.sqrt(ux * ux + uy * uy) || 1;
      return { x: p.x + (ux / l) * r, y: p.y + (uy / l) * r };
    };
    const p0 = cut(a, radius[e.source] + 1);
    const p1 = cut(b, radius[e.target] + 3);
    return {
      d: `M${f(p0.x)},${f(p0.y)} Q${f(c.x)},${f(c.y)} ${f(p1.x)},${f(p1.y)}`,
      mid: { x: 0.25 * p0.x + 0.5 * c.x + 0.25 * p1.x, y: 0.25 * p0.y + 0.5 * c.y + 0.25 * p1.y },
    };
  }

  const stanceName = (e) => `${e.negated ? 'not ' : ''}${e.type}`;
  const nodeName = (n) => `${n.label}${n.iso ? ' (' + n.iso + ')' : ''}`;

  // Elements are made when first drawn, so that a graph of thousands of
  // actors costs only what is on screen.
  const edgeEls = edges.map(() => null);
  const nodeEls = nodes.map(() => null);

  function edgeEl(i) {
    if (edgeEls[i]) return edgeEls[i];
    const e = edges[i];
    const g = svg('g', {
      class: 'edge' + (e.negated ? ' negated' : ''),
      tabindex: 0,
      role: 'button',
      'data-index': i,
      'data-type': e.type,
    });
    const hit = svg('path', { class: 'hit' });
    const line = svg('path', {
      class: 'line',
      stroke: safeColor(e.color),
      'stroke-opacity': 0.85,
      'marker-end': markerOf[e.type],
    });
    const count = svg('text', { class: 'weight', 'text-anchor': 'middle', dy: '0.35em' });
    const title = svg('title');
    g.append(title, hit, line, count);
    g.addEventListener('click', () => select('edge', i));
    g.addEventListener('keydown', (ev) => activate(ev, 'edge', i));
    edgeLayer.append(g);
    edgeEls[i] = { g, hit, line, count, title };
    return edgeEls[i];
  }

  function nodeEl(i) {
    if (nodeEls[i]) return nodeEls[i];
    const n = nodes[i];
    const st = nodeStyle(n.type);
    const g = svg('g', {
      class: 'node',
      tabindex: 0,
      role: 'button',
      'data-index': i,
      'aria-label': `${nodeName(n)}, ${st.name}`,
    });
    const shape = shapePath(st.shape, radius[i]);
    shape.setAttribute('class', 'shape');
    shape.setAttribute('fill', st.fill);
    const title = svg('title');
    title.textContent = `${nodeName(n)} — ${st.name}`;
    g.append(title, shape);
    const label = svg('text', { class: 'label', 'text-anchor': 'middle', 'data-index': i });
    label.textContent = shortLabel[i];
    g.addEventListener('click', () => select('node', i));
    g.addEventListener('keydown', (ev) => activate(ev, 'node', i));
    g.addEventListener('pointerdown', (ev) => startDrag(ev, i));
    nodeLayer.append(g);
    labelLayer.append(label);
    nodeEls[i] = { g, label };
    return nodeEls[i];
  }

  function placeNode(i) {
    const { g, label } = nodeEls[i];
    g.setAttribute('transform', `translate(${pos[i].x.toFixed(2)},${pos[i].y.toFixed(2)})`);
    label.setAttribute('x', pos[i].x.toFixed(2));
    label.setAttribute('y', (pos[i].y + radius[i] + FONT + 1).toFixed(2));
  }

  function placeEdge(i) {
    const { hit, line, count } = edgeEls[i];
    const geo = edgeGeometry(i);
    hit.setAttribute('d', geo.d);
    line.setAttribute('d', geo.d);
    count.setAttribute('x', geo.mid.x.toFixed(2));
    count.setAttribute('y', geo.mid.y.toFixed(2));
  }

  function activate(ev, kind, i) {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      ev.stopPropagation();
      select(kind, i);
    }
  }

  // Draws what filter() decided, where layout() put it.
  function draw() {
    nodes.forEach((n, i) => {
      if (!nodeDrawn[i] && !nodeEls[i]) return;
      const { g, label } = nodeEl(i);
      g.toggleAttribute('hidden', !nodeDrawn[i]);
      label.toggleAttribute('hidden', !nodeDrawn[i]);
      if (!nodeDrawn[i]) return;
      placeNode(i);
      const match = state.search !== '' && `${n.label} ${n.iso}`.toLowerCase().includes(state.search);
      g.classList.toggle('match', match);
    });
    edges.forEach((e, i) => {
      const n = drawn[i];
      if (n === 0 && !edgeEls[i]) return;
      const { g, line, count, title } = edgeEl(i);
      g.toggleAttribute('hidden', n === 0);
      g.setAttribute('data-count', n);
      if (n === 0) return;
      placeEdge(i);
      line.setAttribute('stroke-width', (1.2 + (4.8 * Math.log1p(n)) / Math.log1p(maxCount)).toFixed(2));
      count.textContent = n > 1 ? String(n) : '';
      const label = `${nodes[e.source].label} ${stanceName(e)} ${nodes[e.target].label}: ${many(n, 'assertion', 'assertions')}`;
      title.textContent = label;
      g.setAttribute('aria-label', label);
    });
    // Lighter arrows above heavier ones: a thick arrow cannot bury a thin one.
    const order = edges.map((_, i) => i).filter((i) => drawn[i] > 0).sort((a, b) => drawn[b] - drawn[a] || a - b);
    for (const i of order) edgeLayer.append(edgeEls[i].g);
    for (const x of graphEl.querySelectorAll('.selected')) x.classList.remove('selected');
    const sel = state.selected;
    if (sel && sel.kind === 'edge' && edgeEls[sel.index]) edgeEls[sel.index].g.classList.add('selected');
    if (sel && sel.kind === 'node' && nodeEls[sel.index]) nodeEls[sel.index].g.classList.add('selected');
  }

  // --- pan, zoom and drag ------------------------------------------------
  const view = { x: 0, y: 0, k: 1 };
  function applyView() {
    viewport.setAttribute('transform', `translate(${view.x.toFixed(2)},${view.y.toFixed(2)}) scale(${view.k.toFixed(4)})`);
  }
  function zoomAt(factor, cx, cy) {
    const k = Math.min(8, Math.max(0.02, view.k * factor));
    view.x = cx - ((cx - view.x) * k) / view.k;
    view.y = cy - ((cy - view.y) * k) / view.k;
    view.k = k;
    applyView();
  }
  // Every drawn actor on screen, at most 1.5 times its size.
  function fit() {
    const rect = graphEl.getBoundingClientRect();
    const list = nodes.map((_, i) => i).filter((i) => nodeDrawn[i]);
    if (!list.length || rect.width === 0) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const i of list) {
      const b = box(i);
      x0 = Math.min(x0, b.l);
      x1 = Math.max(x1, b.r);
      y0 = Math.min(y0, b.t);
      y1 = Math.max(y1, b.b);
    }
    const margin = 24;
    const k = Math.min(1.5, (rect.width - 2 * margin) / (x1 - x0), (rect.height - 2 * margin) / (y1 - y0));
    view.k = k;
    view.x = rect.width / 2 - ((x0 + x1) / 2) * k;
    view.y = rect.height / 2 - ((y0 + y1) / 2) * k;
    applyView();
  }
  // A point of the page in graph coordinates.
  function toGraph(clientX, clientY) {
    const rect = graphEl.getBoundingClientRect();
    return { x: (clientX - rect.left - view.x) / view.k, y: (clientY - rect.top - view.y) / view.k };
  }
  graphEl.addEventListener(
    'wheel',
    (ev) => {
      ev.preventDefault();
      const rect = graphEl.getBoundingClientRect();
      zoomAt(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX - rect.left, ev.clientY - rect.top);
    },
    { passive: false },
  );
  let pan = null;
  let drag = null; // {i, x, y, id, dx, dy, moved}: the node, where the pointer went down, its offset from the node
  // The click that ends a drag selects nothing. The pointer is captured
  // by the graph while dragging, so the browser sends that click to the
  // graph itself, not to the node, right after the pointerup: it is
  // stopped here, on its way down, whichever element it is for. Never
  // by a timer: a 0 ms timer can run after the next click (a script's,
  // or one on a busy machine), which it would then swallow.
  let dragEnded = false;
  graphEl.addEventListener(
    'click',
    (ev) => {
      if (!dragEnded) return;
      dragEnded = false;
      ev.stopPropagation();
    },
    { capture: true },
  );
  function startDrag(ev, i) {
    if (ev.button !== 0) return;
    const p = toGraph(ev.clientX, ev.clientY);
    drag = { i, x: ev.clientX, y: ev.clientY, id: ev.pointerId, dx: pos[i].x - p.x, dy: pos[i].y - p.y, moved: false };
  }
  graphEl.addEventListener('pointerdown', (ev) => {
    dragEnded = false; // a new gesture: a drag's click that never came is forgotten
    if (ev.button !== 0 || ev.target.closest('.node, .edge')) return;
    pan = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
    graphEl.setPointerCapture(ev.pointerId);
    graphEl.classList.add('panning');
  });
  graphEl.addEventListener('pointermove', (ev) => {
    if (drag) {
      if (!drag.moved && Math.hypot(ev.clientX - drag.x, ev.clientY - drag.y) < 4) return;
      if (!drag.moved) {
        drag.moved = true;
        graphEl.setPointerCapture(drag.id);
        graphEl.classList.add('dragging');
      }
      const p = toGraph(ev.clientX, ev.clientY);
      const i = drag.i;
      pos[i].x = p.x + drag.dx;
      pos[i].y = p.y + drag.dy;
      pinned[i] = true;
      placeNode(i);
      for (const j of incident[i]) if (drawn[j] > 0) placeEdge(j);
      return;
    }
    if (!pan) return;
    view.x = pan.vx + ev.clientX - pan.x;
    view.y = pan.vy + ev.clientY - pan.y;
    applyView();
  });
  const endPointer = (ev) => {
    // A pointerup ends a drag with a click; a pointercancel with none.
    dragEnded = ev.type === 'pointerup' && drag !== null && drag.moved;
    drag = null;
    pan = null;
    graphEl.classList.remove('panning', 'dragging');
  };
  graphEl.addEventListener('pointerup', endPointer);
  graphEl.addEventListener('pointercancel', endPointer);
  graphEl.addEventListener('keydown', (ev) => {
    const rect = graphEl.getBoundingClientRect();
    const step = 40;
    const keys = {
      ArrowLeft: () => { view.x += step; applyView(); },
      ArrowRight: () => { view.x -= step; applyView(); },
      ArrowUp: () => { view.y += step; applyView(); },
      ArrowDown: () => { view.y -= step; applyView(); },
      '+': () => zoomAt(1.2, rect.width / 2, rect.height / 2),
      '=': () => zoomAt(1.2, rect.width / 2, rect.height / 2),
      '-': () => zoomAt(1 / 1.2, rect.width / 2, rect.height / 2),
      0: fit,
      Escape: () => select(null),
    };
    if (keys[ev.key]) {
      ev.preventDefault();
      keys[ev.key]();
    }
  });
  const centre = () => {
    const rect = graphEl.getBoundingClientRect();
    return [rect.width / 2, rect.height / 2];
  };
  document.getElementById('zoom-in').addEventListener('click', () => zoomAt(1.25, ...centre()));
  document.getElementById('zoom-out').addEventListener('click', () => zoomAt(1 / 1.25, ...centre()));
  document.getElementById('zoom-fit').addEventListener('click', fit);

  // --- filters -----------------------------------------------------------
  const typeList = document.getElementById('type-list');
  const typeBoxes = {};
  const typeCounts = {};
  for (const t of types) {
    const box = el('input', { type: 'checkbox', value: t });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) state.types.add(t);
      else state.types.delete(t);
      update();
    });
    typeBoxes[t] = box;
    typeCounts[t] = arrowTypes.has(t)
      ? el('span', { class: 'type-count', title: `arrows of type ${t} drawn` })
      : el('span', { class: 'type-count', text: '–', title: `no arrows: ${t} shows in the actors' timelines` });
    const sw = el('span', { class: 'swatch' });
    sw.style.background = typeColor[t];
    typeList.append(el('label', { class: 'check' }, box, sw, el('span', { text: t }), typeCounts[t]));
  }
  if (!types.length) typeList.append(el('p', { class: 'hint', text: 'No event types in this graph.' }));
  const setAllTypes = (on) => {
    state.types = new Set(on ? types : []);
    for (const t of types) typeBoxes[t].checked = on;
    update();
  };
  document.getElementById('types-all').addEventListener('click', () => setAllTypes(true));
  document.getElementById('types-none').addEventListener('click', () => setAllTypes(false));

  const actorSelect = document.getElementById('actor-select');
  const actorSearch = document.getElementById('actor-search');
  const byLabel = nodes.map((_, i) => i).sort((a, b) => (nodes[a].label < nodes[b].label ? -1 : nodes[a].label > nodes[b].label ? 1 : a - b));
  const actorOptions = byLabel.map((i) => {
    const n = nodes[i];
    const o = el('option', { value: String(i), text: nodeName(n) });
    actorSelect.append(o);
    return { i, o, key: `${n.label} ${n.iso}`.toLowerCase() };
  });
  actorSelect.addEventListener('change', () => {
    state.actor = actorSelect.value === '' ? -1 : Number(actorSelect.value);
    update();
  });
  actorSearch.addEventListener('input', () => {
    state.search = actorSearch.value.trim().toLowerCase();
    for (const { o, key } of actorOptions) o.hidden = state.search !== '' && !key.includes(state.search);
    update();
  });
  actorSearch.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    const first = actorOptions.find(({ o }) => !o.hidden);
    if (first) {
      actorSelect.value = String(first.i);
      state.actor = first.i;
      update();
    }
  });

  const from = document.getElementById('date-from');
  const to = document.getElementById('date-to');
  const dateError = document.getElementById('date-error');
  if (minDate) {
    from.placeholder = minDate;
    to.placeholder = maxDate;
  }
  function readDates() {
    const bad = [];
    for (const input of [from, to]) {
      const v = input.value.trim();
      const ok = v === '' || isIsoDate(v);
      input.setAttribute('aria-invalid', ok ? 'false' : 'true');
      if (!ok) bad.push(v);
    }
    state.from = isIsoDate(from.value.trim()) ? from.value.trim() : '';
    state.to = isIsoDate(to.value.trim()) ? to.value.trim() : '';
    dateError.textContent = bad.length ? `Not a date: ${bad.join(', ')}. Write dates as YYYY-MM-DD, e.g. ${minDate || '2025-09-04'}.` : '';
    dateError.hidden = !bad.length;
  }
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      readDates();
      update();
    });
  }
  const negBox = document.getElementById('show-negated');
  negBox.addEventListener('change', () => {
    state.negated = negBox.checked;
    update();
  });
  const isolatedBox = document.getElementById('show-isolated');
  isolatedBox.addEventListener('change', () => {
    state.isolated = isolatedBox.checked;
    update();
  });
  const topInput = document.getElementById('top-n');
  const minInput = document.getElementById('min-weight');
  const sizeHint = document.getElementById('size-hint');
  topInput.max = String(Math.max(1, nodes.length));
  minInput.max = String(maxCount);
  const readNumber = (input, fallback) => {
    const v = Math.floor(Number(input.value));
    return Number.isFinite(v) && v >= 1 ? v : fallback;
  };
  topInput.addEventListener('change', () => {
    state.top = readNumber(topInput, state.top);
    update();
  });
  minInput.addEventListener('change', () => {
    state.minWeight = readNumber(minInput, state.minWeight);
    update();
  });
  document.getElementById('top-all').addEventListener('click', () => {
    state.top = Math.max(1, nodes.length);
    update();
  });
  document.getElementById('reset').addEventListener('click', () => {
    for (const t of types) typeBoxes[t].checked = true;
    state.types = new Set(types);
    actorSelect.value = '';
    actorSearch.value = '';
    state.actor = -1;
    state.search = '';
    for (const { o } of actorOptions) o.hidden = false;
    from.value = to.value = '';
    readDates();
    negBox.checked = state.negated = true;
    state.isolated = edges.length === 0;
    firstScreen();
    update(true);
  });

  // Node legend: one shape per type present.
  const legend = document.getElementById('node-legend');
  for (const type of Object.keys(NODE_STYLES)) {
    if (!nodes.some((n) => (NODE_STYLES[n.type] ? n.type : '') === type)) continue;
    const st = NODE_STYLES[type];
    const icon = svg('svg', { viewBox: '-10 -10 20 20', 'aria-hidden': 'true' });
    const s = shapePath(st.shape, 7);
    s.setAttribute('fill', st.fill);
    s.setAttribute('stroke', '#1a1a1a');
    icon.append(s);
    legend.append(el('li', {}, icon, el('span', { text: st.name })));
  }

  // --- applying the filters ----------------------------------------------
  // fresh: lay the drawn actors out anew (the first screen, Reset).
  function update(fresh = false) {
    filter();
    const moved = layout(fresh);
    draw();
    if (moved) fit();
    topInput.value = String(state.top);
    minInput.value = String(state.minWeight);
    isolatedBox.checked = state.isolated;
    const perType = {};
    let shownEdges = 0;
    const shownAssertions = new Set();
    edges.forEach((e, i) => {
      if (drawn[i] === 0) return;
      shownEdges++;
      perType[e.type] = (perType[e.type] || 0) + 1;
      for (const a of e.assertions) if (dateShown(a)) shownAssertions.add(a);
    });
    for (const t of types) if (arrowTypes.has(t)) typeCounts[t].textContent = String(perType[t] || 0);
    const shownNodes = nodeDrawn.filter(Boolean).length;
    sizeHint.textContent =
      `${many(ranked, 'actor has', 'actors have')} an arrow under the filters; ` +
      `the busiest ${Math.min(state.top, ranked)} and their arrows of at least ${many(state.minWeight, 'assertion', 'assertions')} are drawn.`;
    summaryEl.textContent =
      `${many(nodes.length, 'actor', 'actors')}, ${many(edges.length, 'stance', 'stances')}, ` +
      `${many(assertions.length, 'assertion', 'assertions')}` +
      (minDate ? `, ${minDate} to ${maxDate}` : '') +
      `. Drawn: ${shownNodes} ${shownNodes === 1 ? 'actor' : 'actors'} and ${many(shownEdges, 'arrow', 'arrows')} ` +
      `(${many(shownAssertions.size, 'assertion', 'assertions')} behind them).`;
    if (nodes.length === 0) {
      emptyEl.textContent =
        'This graph holds no actors and no stances: the reports gave no assertion to draw. ' +
        'Build it from reports that name actors and what they did or said.';
    } else if (shownEdges === 0 && edges.length > 0 && filtersOn()) {
      emptyEl.textContent = 'No stance matches the filters. Reset them to see the whole graph.';
    } else if (shownEdges === 0 && edges.length > 0 && !state.isolated) {
      emptyEl.textContent = `No arrow stands for ${state.minWeight} or more assertions: lower "fewest assertions per arrow".`;
    } else if (shownNodes === 0) {
      emptyEl.textContent = 'No actor has an arrow here: tick "actors with no arrow" to see them all.';
    } else {
      emptyEl.textContent = '';
    }
    emptyEl.hidden = emptyEl.textContent === '';
    if (state.selected) renderPanel();
  }

  // --- the evidence panel ------------------------------------------------
  function select(kind, index) {
    state.selected = kind ? { kind, index } : null;
    for (const x of graphEl.querySelectorAll('.selected')) x.classList.remove('selected');
    if (kind === 'edge' && edgeEls[index]) edgeEls[index].g.classList.add('selected');
    if (kind === 'node' && nodeEls[index]) nodeEls[index].g.classList.add('selected');
    renderPanel();
  }

  const nameOf = (x) => (typeof x === 'number' ? (nodes[x] ? nodes[x].label : '?') : String(x));
  const names = (list) => (list || []).map(nameOf).join(', ');

  function badge(text, color) {
    const b = el('span', { class: 'badge', text });
    b.style.background = color;
    b.style.color = inkOn(color);
    return b;
  }

  // What one assertion says, on one line: who, which stance, toward whom,
  // who said so, about what.
  function lineText(a) {
    const who = names(a.actors) || '(no actor)';
    const whom = names(a.targets);
    const said = names(a.speakers);
    let t = `${who}${whom ? ' → ' + whom : ''}`;
    if (said && said !== who) t += ` (${a.verb || 'said'}: ${said})`;
    if (a.topic) t += `: ${clip(a.topic, 140)}`;
    return t;
  }

  // Everything behind one assertion: its sentences, their footnotes and
  // endnote URLs, the reports.
  function assertionDetail(a) {
    const box = el('div', { class: 'detail' });
    if (a.topic) box.append(el('p', { class: 'topic', text: `Topic: ${a.topic}` }));
    if (a.speakers && a.speakers.length) {
      box.append(el('p', { class: 'speaker', text: `${a.verb ? a.verb[0].toUpperCase() + a.verb.slice(1) : 'Said'} by ${names(a.speakers)}` }));
    }
    for (const k of a.evidence || []) {
      const ev = evidence[k] || {};
      box.append(el('blockquote', { class: 'evidence', text: ev.text || '(no sentence)' }));
      if (ev.citations && ev.citations.length) {
        const list = el('ul', { class: 'citations', 'aria-label': 'Citations' });
        for (const c of ev.citations) {
          const item = el('li', { class: 'citation' }, `[${c.n}] `);
          if (isWebUrl(c.url)) {
            item.append(el('a', { href: c.url, rel: 'noopener noreferrer nofollow', target: '_blank', referrerpolicy: 'no-referrer', text: c.url }));
          } else if (c.url) {
            item.append(c.url);
          } else {
            item.append('(the report lists no URL for this note)');
          }
          list.append(item);
        }
        box.append(list);
      }
      const r = reports[ev.report];
      if (r) {
        const name = r.title || r.label || r.id;
        box.append(el('p', { class: 'report', text: `Report: ${name}${r.date ? ', ' + r.date : ''}` }));
      }
    }
    box.append(el('p', { class: 'iri', text: a.id }));
    return box;
  }

  // One line: the date, the stance, a summary; opening it shows the evidence.
  function assertionItem(ai) {
    const a = assertions[ai];
    const color = typeColor[a.type] || '#999999';
    const summary = el(
      'summary',
      {},
      el('time', a.date ? { datetime: a.date, text: a.date } : { text: 'no date' }),
      ' ',
      badge(a.type || '?', color),
      a.negated ? el('span', { class: 'badge neg', text: 'not' }) : null,
      a.modality ? el('span', { class: 'badge mod', text: a.modality.toLowerCase() }) : null,
      ' ',
      el('span', { class: 'line-text', text: lineText(a) }),
    );
    return el('li', { class: 'assertion' }, el('details', {}, summary, assertionDetail(a)));
  }

  // Assertions in date order, grouped by month, PAGE lines a page.
  function timelineSection(list, heading, empty) {
    const sec = el('section', { class: 'timeline' });
    sec.append(heading);
    const dates = list.map((i) => assertions[i].date).filter(Boolean);
    sec.append(
      el('p', {
        class: 'hint count',
        text: `${many(list.length, 'assertion', 'assertions')}` + (dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : ''),
      }),
    );
    if (!list.length) {
      sec.append(el('p', { text: empty }));
      return sec;
    }
    const body = el('div', { class: 'pages' });
    const pages = Math.ceil(list.length / PAGE);
    const nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
    const prev = el('button', { type: 'button', class: 'prev', text: '‹ Earlier' });
    const next = el('button', { type: 'button', class: 'next', text: 'Later ›' });
    const where = el('span', { class: 'where' });
    nav.append(prev, where, next);
    let page = 0;
    function show() {
      body.replaceChildren();
      let month = null;
      let ol = null;
      for (const i of list.slice(page * PAGE, (page + 1) * PAGE)) {
        const m = (assertions[i].date || '').slice(0, 7) || 'no date';
        if (m !== month) {
          month = m;
          body.append(el('h4', { class: 'month', text: m }));
          ol = el('ol', { class: 'assertions' });
          body.append(ol);
        }
        ol.append(assertionItem(i));
      }
      where.textContent = `${page * PAGE + 1}–${Math.min(list.length, (page + 1) * PAGE)} of ${list.length}`;
      prev.disabled = page === 0;
      next.disabled = page === pages - 1;
    }
    prev.addEventListener('click', () => {
      page = Math.max(0, page - 1);
      show();
    });
    next.addEventListener('click', () => {
      page = Math.min(pages - 1, page + 1);
      show();
    });
    show();
    if (pages > 1) sec.append(nav);
    sec.append(body);
    return sec;
  }

  function renderPanel() {
    panel.replaceChildren();
    const sel = state.selected;
    if (!sel) {
      panel.append(
        el('h2', { text: 'Evidence' }),
        el('p', { class: 'hint', text: 'Select an actor or an arrow (click, or Tab to it and press Enter) to read what was said and done, and the sentences behind it. Drag an actor to move it.' }),
      );
      return;
    }
    const close = el('button', { type: 'button', class: 'close', text: 'Close' });
    close.addEventListener('click', () => select(null));
    if (sel.kind === 'edge') {
      const e = edges[sel.index];
      panel.append(
        el('h2', { text: `${nodes[e.source].label} ${e.negated ? '— not ' : '— '}${e.type} → ${nodes[e.target].label}` }),
        close,
        timelineSection(e.assertions.filter(dateShown), el('h3', { text: 'Assertions' }), 'None in the date range.'),
      );
      return;
    }
    const i = sel.index;
    const n = nodes[i];
    const st = nodeStyle(n.type);
    panel.append(el('h2', { text: n.label }), close);
    panel.append(el('p', { class: 'hint', text: `${st.name}${n.iso ? ', ISO 3166 code ' + n.iso : ''}` }));
    // Its stances that pass the filters, busiest first, each opening its arrow.
    const mine = incident[i].filter((j) => passed[j] > 0).sort((a, b) => passed[b] - passed[a] || a - b);
    const own = untargeted.filter((u) => u.source === i && stanceShown(u)).map((u) => [u, u.assertions.filter(dateShown).length]).filter(([, c]) => c > 0);
    const stances = el('section', { class: 'stances' }, el('h3', { text: 'Stances' }));
    if (!mine.length && !own.length) stances.append(el('p', { text: 'No stance of or toward this actor passes the filters.' }));
    const list = el('ul', { class: 'edge-list' });
    mine.forEach((j, k) => {
      const e = edges[j];
      const open = el('button', { type: 'button', text: `${nodes[e.source].label} ${stanceName(e)} → ${nodes[e.target].label} (${passed[j]})` });
      open.addEventListener('click', () => select('edge', j));
      const item = el('li', {}, open);
      if (k >= 12) item.hidden = true;
      list.append(item);
    });
    for (const [u, c] of own) list.append(el('li', { class: 'untargeted', text: `${n.label} ${stanceName(u)}, no target (${c})` }));
    stances.append(list);
    if (mine.length > 12) {
      const more = el('button', { type: 'button', class: 'more', text: `All ${mine.length} stances` });
      more.addEventListener('click', () => {
        for (const item of list.children) item.hidden = false;
        more.remove();
      });
      stances.append(more);
    }
    panel.append(stances);
    panel.append(
      timelineSection(timeline[i].filter(assertionShown), el('h3', { text: `What ${n.label} said and did` }), 'Nothing passes the filters.'),
    );
  }

  // --- start -------------------------------------------------------------
  if (nodes.length === 0) {
    graphEl.setAttribute('hidden', '');
    document.querySelector('.zoom').hidden = true;
  }
  firstScreen();
  update(true);
  window.addEventListener('resize', fit);
  document.documentElement.setAttribute('data-ready', 'true');
})();
