// The stancegraph viewer: draws the graph embedded in the page (the JSON
// of the script element #sg-data, written by export/html_writer.cpp) as an SVG,
// with filters and an evidence panel. It fetches nothing and uses no
// library; every text from the data goes into the page as text, never as
// markup. The layout is computed here, deterministically (no random
// numbers), so the same file always looks the same.
//
// The data:
//   nodes:      [{id, label, type, iso, actor}]
//   edges:      [{id, source, target, type, negated, color, assertions: [index]}]
//               source and target index nodes; assertions index `assertions`
//   untargeted: [{id, source, type, negated, color, assertions: [index]}]
//   assertions: [{id, date, type, negated, topic, verb, speakers: [label],
//                 evidence: [{text, report, citations: [{n, url}]}]}]
//   reports:    [{id, title, label, date}]
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const data = JSON.parse(document.getElementById('sg-data').textContent);
  const nodes = data.nodes || [];
  const edges = data.edges || [];
  const untargeted = data.untargeted || [];
  const assertions = data.assertions || [];
  const reports = data.reports || [];

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

  const graphEl = document.getElementById('graph');
  const emptyEl = document.getElementById('empty');
  const panel = document.getElementById('panel');
  const summaryEl = document.getElementById('summary');

  // --- filters state -----------------------------------------------------
  const types = [...new Set(edges.map((e) => e.type).concat(untargeted.map((e) => e.type)))].sort();
  const typeColor = {};
  for (const e of edges.concat(untargeted)) typeColor[e.type] = safeColor(e.color);
  const state = {
    types: new Set(types),
    actor: -1,
    search: '',
    from: '',
    to: '',
    negated: true,
    isolated: true,
    selected: null, // {kind: 'edge'|'node', index}
  };
  const allDates = assertions.map((a) => a.date).filter(Boolean).sort();
  const minDate = allDates[0] || '';
  const maxDate = allDates[allDates.length - 1] || '';

  function dateFilterOn() {
    return state.from !== '' || state.to !== '';
  }
  function assertionShown(i) {
    if (!dateFilterOn()) return true;
    const d = assertions[i] && assertions[i].date;
    if (!d) return false;
    return (state.from === '' || d >= state.from) && (state.to === '' || d <= state.to);
  }
  function stanceShown(e) {
    return state.types.has(e.type) && (state.negated || !e.negated);
  }
  // Whether a filter hides stances (the isolated-actor switch hides none).
  function filtersOn() {
    return state.types.size !== types.length || state.actor >= 0 || dateFilterOn() || !state.negated;
  }

  // --- layout ------------------------------------------------------------
  // Fruchterman-Reingold from a circle, a fixed number of rounds with a
  // falling temperature, and a pull to the centre so that separate parts
  // stay near each other. The repulsion of n nodes spread over a disc of
  // radius R pushes a node at radius r out by about n k^2 r / R^2, so a pull
  // of GRAVITY * r packs them at R = k sqrt(n / GRAVITY): about k apart when
  // GRAVITY is near pi. O(n^2) per round: above 1500 nodes, the circle.
  function layout() {
    const n = nodes.length;
    const pos = nodes.map((_, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      const r = 30 * Math.sqrt(n);
      return { x: r * Math.cos(a), y: r * Math.sin(a) };
    });
    if (n <= 1 || n > 1500) return pos;
    const k = 60;
    const GRAVITY = 2.5;
    const pairs = new Map();
    for (const e of edges) {
      if (e.source === e.target) continue;
      const key = Math.min(e.source, e.target) * n + Math.max(e.source, e.target);
      pairs.set(key, [e.source, e.target]);
    }
    const links = [...pairs.values()];
    const rounds = n > 400 ? 80 : 300;
    let temp = 10 * Math.sqrt(n) + 20;
    const cool = temp / (rounds + 1);
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let round = 0; round < rounds; round++) {
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let x = pos[i].x - pos[j].x;
          let y = pos[i].y - pos[j].y;
          let d2 = x * x + y * y;
          if (d2 < 0.01) {
            // Two nodes on one spot: part them along a fixed direction.
            x = 0.1 * ((i % 7) - 3) + 0.05;
            y = 0.1 * ((j % 5) - 2) + 0.05;
            d2 = x * x + y * y;
          }
          const f = (k * k) / d2;
          dx[i] += x * f;
          dy[i] += y * f;
          dx[j] -= x * f;
          dy[j] -= y * f;
        }
      }
      for (const [a, b] of links) {
        const x = pos[a].x - pos[b].x;
        const y = pos[a].y - pos[b].y;
        const d = Math.sqrt(x * x + y * y) || 0.01;
        const f = d / (2.5 * k); // pulls a linked pair to about 1.4 k apart
        dx[a] -= x * f;
        dy[a] -= y * f;
        dx[b] += x * f;
        dy[b] += y * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] -= pos[i].x * GRAVITY;
        dy[i] -= pos[i].y * GRAVITY;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (d > 0) {
          const step = Math.min(d, temp);
          pos[i].x += (dx[i] / d) * step;
          pos[i].y += (dy[i] / d) * step;
        }
      }
      temp -= cool;
    }
    return pos;
  }

  // --- drawing -----------------------------------------------------------
  const pos = layout();
  const weightOf = nodes.map(() => 0);
  for (const e of edges) {
    weightOf[e.source] += e.assertions.length;
    weightOf[e.target] += e.assertions.length;
  }
  for (const e of untargeted) weightOf[e.source] += e.assertions.length;
  const radius = weightOf.map((w) => 7 + 2.2 * Math.sqrt(w));

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

  const viewport = svg('g', { id: 'viewport' });
  const defs = svg('defs');
  const edgeLayer = svg('g', { class: 'edges' });
  const nodeLayer = svg('g', { class: 'nodes' });
  viewport.append(edgeLayer, nodeLayer);
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
    if (e.source === e.target) {
      const r = radius[e.source];
      const s = 1 + Math.abs(bend[i]) / 22;
      const d = `M${a.x - r * 0.5},${a.y - r} C${a.x - 30 * s},${a.y - 50 * s} ${a.x + 30 * s},${a.y - 50 * s} ${
        a.x + r * 0.5
      },${a.y - r}`;
      return { d, mid: { x: a.x, y: a.y - 38 * s } };
    }
    const vx = b.x - a.x;
    const vy = b.y - a.y;
    const len = Math.sqrt(vx * vx + vy * vy) || 1;
    const nx = -vy / len;
    const ny = vx / len;
    const c = { x: (a.x + b.x) / 2 + nx * bend[i] * 2, y: (a.y + b.y) / 2 + ny * bend[i] * 2 };
    const cut = (p, r) => {
      const ux = c.x - p.x;
      const uy = c.y - p.y;
      const l = Math.sqrt(ux * ux + uy * uy) || 1;
      return { x: p.x + (ux / l) * r, y: p.y + (uy / l) * r };
    };
    const p0 = cut(a, radius[e.source] + 1);
    const p1 = cut(b, radius[e.target] + 3);
    const f = (v) => v.toFixed(2);
    return {
      d: `M${f(p0.x)},${f(p0.y)} Q${f(c.x)},${f(c.y)} ${f(p1.x)},${f(p1.y)}`,
      mid: { x: 0.25 * p0.x + 0.5 * c.x + 0.25 * p1.x, y: 0.25 * p0.y + 0.5 * c.y + 0.25 * p1.y },
    };
  }

  const stanceName = (e) => `${e.negated ? 'not ' : ''}${e.type}`;

  const edgeEls = edges.map((e, i) => {
    const g = svg('g', {
      class: 'edge' + (e.negated ? ' negated' : ''),
      tabindex: 0,
      role: 'button',
      'data-index': i,
      'data-type': e.type,
    });
    const geo = edgeGeometry(i);
    const hit = svg('path', { class: 'hit', d: geo.d });
    const line = svg('path', {
      class: 'line',
      d: geo.d,
      stroke: safeColor(e.color),
      'stroke-opacity': 0.85,
      'marker-end': markerOf[e.type],
    });
    const weight = svg('text', { class: 'weight', x: geo.mid.x.toFixed(2), y: geo.mid.y.toFixed(2), 'text-anchor': 'middle', dy: '0.35em' });
    const title = svg('title');
    g.append(title, hit, line, weight);
    g.addEventListener('click', () => select('edge', i));
    g.addEventListener('keydown', (ev) => activate(ev, 'edge', i));
    edgeLayer.append(g);
    return { g, line, weight, title };
  });

  const nodeEls = nodes.map((n, i) => {
    const st = nodeStyle(n.type);
    const g = svg('g', {
      class: 'node',
      tabindex: 0,
      role: 'button',
      'data-index': i,
      transform: `translate(${pos[i].x.toFixed(2)},${pos[i].y.toFixed(2)})`,
      'aria-label': `${n.label}${n.iso ? ' (' + n.iso + ')' : ''}, ${st.name}`,
    });
    const shape = shapePath(st.shape, radius[i]);
    shape.setAttribute('class', 'shape');
    shape.setAttribute('fill', st.fill);
    const title = svg('title');
    title.textContent = `${n.label}${n.iso ? ' (' + n.iso + ')' : ''} — ${st.name}`;
    const label = svg('text', { y: (radius[i] + 12).toFixed(2), 'text-anchor': 'middle' });
    label.textContent = n.label;
    g.append(title, shape, label);
    g.addEventListener('click', () => select('node', i));
    g.addEventListener('keydown', (ev) => activate(ev, 'node', i));
    nodeLayer.append(g);
    return { g };
  });

  function activate(ev, kind, i) {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      ev.stopPropagation();
      select(kind, i);
    }
  }

  // --- pan and zoom ------------------------------------------------------
  const view = { x: 0, y: 0, k: 1 };
  function applyView() {
    viewport.setAttribute('transform', `translate(${view.x.toFixed(2)},${view.y.toFixed(2)}) scale(${view.k.toFixed(4)})`);
  }
  function zoomAt(factor, cx, cy) {
    const k = Math.min(8, Math.max(0.05, view.k * factor));
    view.x = cx - ((cx - view.x) * k) / view.k;
    view.y = cy - ((cy - view.y) * k) / view.k;
    view.k = k;
    applyView();
  }
  function fit() {
    const box = graphEl.getBoundingClientRect();
    const shown = nodes.map((_, i) => i).filter((i) => !nodeEls[i].g.hasAttribute('hidden'));
    const list = shown.length ? shown : nodes.map((_, i) => i);
    if (!list.length || box.width === 0) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const i of list) {
      x0 = Math.min(x0, pos[i].x - radius[i] - 60);
      x1 = Math.max(x1, pos[i].x + radius[i] + 60);
      y0 = Math.min(y0, pos[i].y - radius[i] - 60);
      y1 = Math.max(y1, pos[i].y + radius[i] + 30);
    }
    const k = Math.min(2, box.width / (x1 - x0), box.height / (y1 - y0));
    view.k = k;
    view.x = box.width / 2 - ((x0 + x1) / 2) * k;
    view.y = box.height / 2 - ((y0 + y1) / 2) * k;
    applyView();
  }
  graphEl.addEventListener(
    'wheel',
    (ev) => {
      ev.preventDefault();
      const box = graphEl.getBoundingClientRect();
      zoomAt(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX - box.left, ev.clientY - box.top);
    },
    { passive: false },
  );
  let drag = null;
  graphEl.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0 || ev.target.closest('.node, .edge')) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
    graphEl.setPointerCapture(ev.pointerId);
    graphEl.classList.add('panning');
  });
  graphEl.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    view.x = drag.vx + ev.clientX - drag.x;
    view.y = drag.vy + ev.clientY - drag.y;
    applyView();
  });
  const endDrag = () => {
    drag = null;
    graphEl.classList.remove('panning');
  };
  graphEl.addEventListener('pointerup', endDrag);
  graphEl.addEventListener('pointercancel', endDrag);
  graphEl.addEventListener('keydown', (ev) => {
    const box = graphEl.getBoundingClientRect();
    const step = 40;
    const keys = {
      ArrowLeft: () => { view.x += step; applyView(); },
      ArrowRight: () => { view.x -= step; applyView(); },
      ArrowUp: () => { view.y += step; applyView(); },
      ArrowDown: () => { view.y -= step; applyView(); },
      '+': () => zoomAt(1.2, box.width / 2, box.height / 2),
      '=': () => zoomAt(1.2, box.width / 2, box.height / 2),
      '-': () => zoomAt(1 / 1.2, box.width / 2, box.height / 2),
      0: fit,
      Escape: () => select(null),
    };
    if (keys[ev.key]) {
      ev.preventDefault();
      keys[ev.key]();
    }
  });
  const centre = () => {
    const box = graphEl.getBoundingClientRect();
    return [box.width / 2, box.height / 2];
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
    typeCounts[t] = el('span', { class: 'type-count', title: `arrows of type ${t} shown` });
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
    const o = el('option', { value: String(i), text: n.label + (n.iso ? ` (${n.iso})` : '') });
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
  for (const input of [from, to]) {
    if (minDate) input.min = minDate;
    if (maxDate) input.max = maxDate;
    input.addEventListener('change', () => {
      state.from = from.value;
      state.to = to.value;
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
    fit();
  });
  document.getElementById('reset').addEventListener('click', () => {
    for (const t of types) typeBoxes[t].checked = true;
    state.types = new Set(types);
    actorSelect.value = '';
    actorSearch.value = '';
    state.actor = -1;
    state.search = '';
    for (const { o } of actorOptions) o.hidden = false;
    from.value = to.value = state.from = state.to = '';
    negBox.checked = state.negated = true;
    isolatedBox.checked = state.isolated = true;
    update();
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
  const count = edges.map((e) => e.assertions.length);
  function update() {
    const on = filtersOn();
    const nodeShown = nodes.map(() => !on && state.isolated);
    let shownEdges = 0;
    const shownAssertions = new Set();
    const perType = {};
    edges.forEach((e, i) => {
      const c = e.assertions.filter(assertionShown);
      const n = stanceShown(e) && (state.actor < 0 || e.source === state.actor || e.target === state.actor) ? c.length : 0;
      count[i] = n;
      const { g, line, weight, title } = edgeEls[i];
      g.toggleAttribute('hidden', n === 0);
      g.setAttribute('data-count', n);
      if (n === 0) return;
      shownEdges++;
      c.forEach((a) => shownAssertions.add(a));
      perType[e.type] = (perType[e.type] || 0) + 1;
      nodeShown[e.source] = nodeShown[e.target] = true;
      line.setAttribute('stroke-width', (1.5 + 1.6 * Math.log2(n)).toFixed(2));
      weight.textContent = n > 1 ? String(n) : '';
      const label = `${nodes[e.source].label} ${stanceName(e)} ${nodes[e.target].label}: ${n} assertion${n === 1 ? '' : 's'}`;
      title.textContent = label;
      g.setAttribute('aria-label', label);
    });
    if (state.actor >= 0) nodeShown[state.actor] = true;
    nodes.forEach((n, i) => {
      const g = nodeEls[i].g;
      g.toggleAttribute('hidden', !nodeShown[i]);
      const match = state.search !== '' && `${n.label} ${n.iso}`.toLowerCase().includes(state.search);
      g.classList.toggle('match', match);
    });
    for (const t of types) typeCounts[t].textContent = String(perType[t] || 0);
    const shownNodes = nodeShown.filter(Boolean).length;
    const many = (n, one, more) => `${n} ${n === 1 ? one : more}`;
    summaryEl.textContent =
      on || !state.isolated
        ? `Showing ${shownNodes} of ${many(nodes.length, 'actor', 'actors')} and ${shownEdges} of ` +
          `${many(edges.length, 'stance', 'stances')} (${many(shownAssertions.size, 'assertion', 'assertions')} behind them).`
        : `${many(nodes.length, 'actor', 'actors')}, ${many(edges.length, 'stance', 'stances')}, ` +
          `${many(assertions.length, 'assertion', 'assertions')}` + (minDate ? `, ${minDate} to ${maxDate}.` : '.');
    if (nodes.length === 0) {
      emptyEl.textContent =
        'This graph holds no actors and no stances: the reports gave no assertion to draw. ' +
        'Build it from reports that name actors and what they did or said.';
    } else if (on && shownEdges === 0) {
      emptyEl.textContent = 'No stance matches the filters. Reset them to see the whole graph.';
    } else {
      emptyEl.textContent = '';
    }
    emptyEl.hidden = emptyEl.textContent === '';
    if (state.selected) renderPanel();
  }

  // --- the evidence panel ------------------------------------------------
  function select(kind, index) {
    for (const x of graphEl.querySelectorAll('.selected')) x.classList.remove('selected');
    state.selected = kind ? { kind, index } : null;
    if (kind === 'edge') edgeEls[index].g.classList.add('selected');
    if (kind === 'node') nodeEls[index].g.classList.add('selected');
    renderPanel();
  }

  function assertionItem(ai, stance) {
    const a = assertions[ai];
    const color = safeColor(stance.color);
    const badge = el('span', { class: 'badge', text: a.type || stance.type });
    badge.style.background = color;
    badge.style.color = inkOn(color);
    const meta = el(
      'div',
      { class: 'meta' },
      el('time', a.date ? { datetime: a.date, text: a.date } : { text: 'no date' }),
      badge,
      a.negated ? el('span', { class: 'badge neg', text: 'negated' }) : null,
    );
    const li = el('li', { class: 'assertion' }, meta);
    if (a.topic) li.append(el('p', { class: 'topic', text: `Topic: ${a.topic}` }));
    if (a.speakers && a.speakers.length) {
      li.append(el('p', { class: 'speaker', text: `${a.verb ? a.verb[0].toUpperCase() + a.verb.slice(1) : 'Said'} by ${a.speakers.join(', ')}` }));
    }
    for (const ev of a.evidence || []) {
      li.append(el('blockquote', { class: 'evidence', text: ev.text || '(no sentence)' }));
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
        li.append(list);
      }
      const r = reports[ev.report];
      if (r) {
        const name = r.title || r.label || r.id;
        li.append(el('p', { class: 'report', text: `Report: ${name}${r.date ? ', ' + r.date : ''}` }));
      }
    }
    return li;
  }

  function stanceSection(stance, indices, heading) {
    const shown = indices.filter(assertionShown);
    const sec = el('section', { class: 'stance' });
    sec.append(heading);
    const dates = shown.map((i) => assertions[i].date).filter(Boolean).sort();
    sec.append(
      el('p', {
        class: 'hint',
        text: `${shown.length} assertion${shown.length === 1 ? '' : 's'}` + (dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : ''),
      }),
    );
    const list = el('ol', { class: 'assertions' });
    for (const i of shown) list.append(assertionItem(i, stance));
    sec.append(list);
    return sec;
  }

  function renderPanel() {
    panel.replaceChildren();
    const sel = state.selected;
    if (!sel) {
      panel.append(
        el('h2', { text: 'Evidence' }),
        el('p', { class: 'hint', text: 'Select an actor or an arrow (click, or Tab to it and press Enter) to read the sentences behind it.' }),
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
        stanceSection(e, e.assertions, el('h3', { class: 'visually-plain', text: 'Assertions' })),
      );
      return;
    }
    const n = nodes[sel.index];
    const st = nodeStyle(n.type);
    panel.append(el('h2', { text: n.label }), close);
    panel.append(el('p', { class: 'hint', text: `${st.name}${n.iso ? ', ISO 3166 code ' + n.iso : ''}` }));
    const mine = edges.map((e, i) => i).filter((i) => (edges[i].source === sel.index || edges[i].target === sel.index) && count[i] > 0);
    const own = untargeted.filter((u) => u.source === sel.index && stanceShown(u) && u.assertions.some(assertionShown));
    if (!mine.length && !own.length) {
      panel.append(el('p', { text: 'No stance of or toward this actor passes the filters.' }));
      return;
    }
    for (const i of mine) {
      const e = edges[i];
      const open = el('button', { type: 'button', text: `${nodes[e.source].label} ${stanceName(e)} → ${nodes[e.target].label}` });
      open.addEventListener('click', () => select('edge', i));
      panel.append(stanceSection(e, e.assertions, el('h3', {}, open)));
    }
    for (const u of own) {
      panel.append(stanceSection(u, u.assertions, el('h3', { text: `${n.label} ${stanceName(u)} (no target)` })));
    }
  }

  // --- start -------------------------------------------------------------
  if (nodes.length === 0) {
    graphEl.setAttribute('hidden', '');
    document.querySelector('.zoom').hidden = true;
  }
  update();
  fit();
  window.addEventListener('resize', fit);
  document.documentElement.setAttribute('data-ready', 'true');
})();
