// `stancegraph build -f html` opened in headless Chromium, offline: the page
// draws what its data says, fetches nothing, logs no error, shows the
// evidence of a clicked stance, filters by event type, date and actor, and
// survives an empty graph and a report written to break out of its script;
// a dense part still leaves every arrow long enough to see and click.
//
// Screenshots go to $HTML_VIEW_OUT (ctest: the build's tests/e2e/html_view),
// else to a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, chromiumPath } from './cdp.mjs';
import {
  abort, build, check, examples, fail, finish, haveSeed, noSeed, ok, requireInputs, seed, skip, sourceDir,
} from './common.mjs';
import { checkQuiet, checkScreenshot, counts, dataOf, drawnIndexes, open, pointOnEdge, setDates } from './html_page.mjs';

requireInputs();
if (!fs.existsSync(chromiumPath)) abort(`no Chromium at ${chromiumPath}: run scripts/install-deps.sh --test (or set CHROMIUM)`);

const outDir = process.env.HTML_VIEW_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'sg-html-view-'));
fs.mkdirSync(outDir, { recursive: true });
const htmlData = path.join(sourceDir, 'tests', 'data', 'html');
const corpusDir = path.join(sourceDir, 'tests', 'data', 'corpus');
const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpusDir, f));

function writePage(name, args) {
  const html = build(args, 'html');
  const file = path.join(outDir, `${name}.html`);
  fs.writeFileSync(file, html);
  return { html, file, data: dataOf(html) };
}


// The counts the page should show: per edge, its assertions in [from, to]
// (undated ones only without a range), of the edges that pass `keep`.
function expectedCounts(data, { from = '', to = '', keep = () => true } = {}) {
  const out = {};
  data.edges.forEach((e, i) => {
    if (!keep(e)) return;
    const n = e.assertions.filter((a) => {
      if (!from && !to) return true;
      const d = data.assertions[a].date;
      return d && (!from || d >= from) && (!to || d <= to);
    }).length;
    if (n > 0) out[i] = n;
  });
  return out;
}

function sameCounts(actual, expected) {
  const a = JSON.stringify(Object.entries(actual).sort());
  const b = JSON.stringify(Object.entries(expected).map(([k, v]) => [String(k), v]).sort());
  return a === b ? [] : [`page:     ${a.slice(0, 300)}`, `expected: ${b.slice(0, 300)}`];
}

const browser = await Browser.launch().catch((e) => abort(`cannot start ${chromiumPath}: ${e.message}`));
const started = Date.now();
try {
  // ------------------------------------------------------------ examples
  const ex = writePage('examples', examples);
  {
    const again = build([...examples].reverse(), 'html');
    check(again === ex.html, 'examples: the same reports in another order give the same bytes');
    // The edges are the graph's stance summaries that have a target: the same ids.
    const nq = build(examples, 'nquads');
    const summaries = new Set();
    for (const line of nq.split('\n')) {
      const m = line.match(/^<[^>]*\/summary\/([0-9a-f]+)> <https:\/\/w3id\.org\/stancegraph\/ontology#target> /);
      if (m) summaries.add(m[1]);
    }
    const ids = new Set(ex.data.edges.map((e) => e.id));
    check(
      summaries.size > 0 && summaries.size === ids.size && [...summaries].every((s) => ids.has(s)),
      `examples: the page's ${ids.size} edges are the graph's ${summaries.size} targeted stance summaries`,
    );
  }
  const { page, url } = await open(browser, ex.file);
  // The first screen: the busiest actors with an arrow, at most the viewer's
  // DEFAULT_TOP (30) of them, and no actor without one; "All" draws every
  // actor with an arrow.
  const FIRST_TOP = 30;
  const linked = new Set(ex.data.edges.flatMap((e) => [e.source, e.target]));
  const edgeCount = ex.data.edges.length;
  let drawnNodes = await page.eval(drawnIndexes('.node'));
  check(drawnNodes.length > 0 && drawnNodes.length <= Math.min(linked.size, FIRST_TOP) && drawnNodes.every((i) => linked.has(i)),
    `examples: the first screen draws at most ${Math.min(linked.size, FIRST_TOP)} of the ${linked.size} actors with an arrow, none without`, [`${drawnNodes.length} drawn`]);
  const showAll = async () => {
    if (linked.size > FIRST_TOP) await page.eval(`document.getElementById('top-all').click()`);
  };
  await showAll();
  drawnNodes = await page.eval(drawnIndexes('.node'));
  check(linked.size > 0 && linked.size < ex.data.nodes.length && drawnNodes.length === linked.size && drawnNodes.every((i) => linked.has(i)),
    `examples: the ${linked.size} actors with an arrow are drawn, not the ${ex.data.nodes.length - linked.size} without`, [`${drawnNodes.length} drawn`]);
  check((await page.eval(drawnIndexes('.edge'))).length === edgeCount && edgeCount > 0, `examples: all ${edgeCount} arrows are drawn`);
  let diff = sameCounts(await page.eval(counts), expectedCounts(ex.data));
  check(diff.length === 0, 'examples: each edge is weighted by its number of assertions', diff);

  // The edge with the most assertions that cites a URL: click it (a real
  // mouse click on its arrow), read the panel.
  const evidenceOf = (a) => ex.data.assertions[a].evidence.map((k) => ex.data.evidence[k]);
  const cited = (e) => e.assertions.some((a) => evidenceOf(a).some((v) => v.citations.some((c) => c.url.startsWith('http'))));
  const pick = ex.data.edges.map((e, i) => [e, i]).filter(([e]) => cited(e)).sort((x, y) => y[0].assertions.length - x[0].assertions.length)[0];
  if (!pick) abort('examples: no edge cites an endnote with a URL');
  const [edge, edgeIndex] = pick;
  const point = await page.eval(pointOnEdge(edgeIndex, 0.5));
  await page.click(point.x, point.y);
  const panel = await page.eval(`(() => {
    const p = document.getElementById('panel');
    return { text: p.textContent, heading: p.querySelector('h2').textContent,
             links: [...p.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
             items: p.querySelectorAll('li.assertion').length };
  })()`);
  const first = ex.data.assertions[edge.assertions[0]];
  const note = evidenceOf(edge.assertions.find((a) => cited({ assertions: [a] }))).flatMap((v) => v.citations).find((c) => c.url.startsWith('http'));
  check(panel.heading.includes(ex.data.nodes[edge.source].label) && panel.heading.includes(ex.data.nodes[edge.target].label) && panel.heading.includes(edge.type),
    `examples: clicking the ${edge.type} arrow opens its panel`, [panel.heading]);
  check(panel.items === edge.assertions.length, `examples: the panel lists the edge's ${edge.assertions.length} assertions`, [`${panel.items} listed`]);
  check(panel.text.includes(evidenceOf(edge.assertions[0])[0].text), 'examples: the panel shows the evidence sentence', [evidenceOf(edge.assertions[0])[0].text]);
  check(panel.links.some((l) => l.href === note.url && l.text === note.url) && panel.text.includes(`[${note.n}]`),
    `examples: the panel links citation [${note.n}] to its endnote URL`, panel.links.map((l) => l.href));
  const report = ex.data.reports[evidenceOf(edge.assertions[0])[0].report];
  check(panel.text.includes(report.title || report.label) && panel.text.includes(report.date), 'examples: the panel names the report and its date');
  // A line opens its evidence: closed at first, open after a click on it.
  const opened = await page.eval(`(() => {
    const d = document.querySelector('#panel li.assertion details');
    const before = d.open;
    d.querySelector('summary').click();
    return [before, d.open, d.querySelector('blockquote').getBoundingClientRect().height > 0];
  })()`);
  check(!opened[0] && opened[1] && opened[2], 'examples: a line of the panel opens its evidence when clicked', opened);

  // Keyboard: Tab-reachable nodes open their panel with Enter.
  const nodeIndex = edge.source;
  await page.eval(`document.querySelector('#graph .node[data-index="${nodeIndex}"]').focus()`);
  await page.key('Enter', 'Enter', 13);
  const nodeHeading = await page.eval(`document.querySelector('#panel h2').textContent`);
  check(nodeHeading === ex.data.nodes[nodeIndex].label, 'examples: Enter on a focused node opens its panel', [nodeHeading]);

  // Dragging a node moves it and its arrows, and selects nothing; a click
  // right after selects. The page's timers are held meanwhile: on a busy
  // machine a 0 ms timer can run after the test's next evaluation, and the
  // click that follows a drag must not depend on when it runs.
  {
    await page.eval(`(() => { window.heldTimers = []; window.realSetTimeout = window.setTimeout;
      window.setTimeout = (f) => window.heldTimers.push(f); })()`);
    const before = await page.eval(`(() => {
      const g = document.querySelector('#graph .node[data-index="${edge.target}"]');
      const r = g.querySelector('.shape').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, d: document.querySelector('#graph .edge[data-index="${edgeIndex}"] path.line').getAttribute('d') };
    })()`);
    const mouse = (type, x, y) => page.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
    await mouse('mousePressed', before.x, before.y);
    for (let s = 1; s <= 5; s++) await mouse('mouseMoved', before.x + 12 * s, before.y + 8 * s);
    await mouse('mouseReleased', before.x + 60, before.y + 40);
    const after = await page.eval(`(() => {
      const r = document.querySelector('#graph .node[data-index="${edge.target}"] .shape').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, d: document.querySelector('#graph .edge[data-index="${edgeIndex}"] path.line').getAttribute('d'),
               heading: document.querySelector('#panel h2').textContent };
    })()`);
    check(Math.abs(after.x - before.x - 60) < 2 && Math.abs(after.y - before.y - 40) < 2 && after.d !== before.d,
      'examples: dragging a node moves it under the pointer and redraws its arrow', [JSON.stringify({ before, after })]);
    check(after.heading === nodeHeading, 'examples: the drag selected nothing', [after.heading]);
    const clicked = await page.eval(`(() => {
      document.querySelector('#graph .node[data-index="${edge.target}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return document.querySelector('#panel h2').textContent;
    })()`);
    check(clicked === ex.data.nodes[edge.target].label, 'examples: a click right after the drag, its timers not yet run, selects', [clicked]);
    await page.eval(`(() => { window.setTimeout = window.realSetTimeout; for (const f of window.heldTimers) f(); })()`);
  }

  // An actor's panel: what it said and did, statements included, in date order.
  {
    const timelineOf = (i) => ex.data.assertions.map((a, k) => [a, k]).filter(([a]) => (a.actors || []).includes(i) || (a.speakers || []).includes(i)).map(([, k]) => k);
    const speaker = ex.data.nodes.map((_, i) => i).find((i) => timelineOf(i).some((k) => ex.data.assertions[k].type === 'STATEMENT'));
    if (speaker === undefined) abort('examples: no actor made a statement');
    await page.eval(`(() => { const s = document.getElementById('actor-select'); s.value = '${speaker}'; s.dispatchEvent(new Event('change')); })()`);
    await page.eval(`document.querySelector('#graph .node[data-index="${speaker}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
    const shown = await page.eval(`(() => {
      const p = document.getElementById('panel');
      return { text: p.textContent, dates: [...p.querySelectorAll('li.assertion time')].map((t) => t.getAttribute('datetime') || ''),
               badges: [...p.querySelectorAll('li.assertion .badge')].map((b) => b.textContent) };
    })()`);
    const mine = timelineOf(speaker);
    const statement = mine.find((k) => ex.data.assertions[k].type === 'STATEMENT');
    const dated = shown.dates.filter(Boolean);
    check(shown.dates.length === mine.length && shown.badges.includes('STATEMENT') && shown.text.includes(evidenceOf(statement)[0].text),
      `examples: ${ex.data.nodes[speaker].label}'s panel lists the ${mine.length} assertions they made or said, their statement included`, [shown.badges.join(' ')]);
    check(dated.every((d, k) => k === 0 || dated[k - 1] <= d), `examples: ${ex.data.nodes[speaker].label}'s lines are in date order`, dated);
    await page.eval(`document.getElementById('reset').click()`);
    await showAll();
  }

  // Event type filter: unticking a type hides exactly its edges.
  const type = edge.type;
  await page.eval(`document.querySelector('#type-list input[value="${type}"]').click()`);
  diff = sameCounts(await page.eval(counts), expectedCounts(ex.data, { keep: (e) => e.type !== type }));
  check(diff.length === 0 && Object.keys(await page.eval(counts)).length < edgeCount, `examples: unticking ${type} hides its edges and only them`, diff);
  await page.eval(`document.querySelector('#type-list input[value="${type}"]').click()`);
  check((await page.eval(drawnIndexes('.edge'))).length === edgeCount, `examples: ticking ${type} again shows every edge`);

  // Date range: one day; edges with no assertion that day disappear, the
  // others are weighted by that day's assertions only.
  const dated = ex.data.edges.flatMap((e) => e.assertions.map((a) => ex.data.assertions[a].date)).filter(Boolean).sort();
  const day = ex.data.assertions[edge.assertions[0]].date;
  await setDates(page, day, day);
  const expectedDay = expectedCounts(ex.data, { from: day, to: day });
  diff = sameCounts(await page.eval(counts), expectedDay);
  check(diff.length === 0 && Object.keys(expectedDay).length < edgeCount, `examples: the range ${day}..${day} keeps ${Object.keys(expectedDay).length} of ${edgeCount} edges, reweighted`, diff);
  const from = dated[0], to = dated[Math.floor(dated.length / 2)];
  await setDates(page, from, to);
  diff = sameCounts(await page.eval(counts), expectedCounts(ex.data, { from, to }));
  check(diff.length === 0, `examples: the range ${from}..${to} keeps the edges dated in it`, diff);
  // Dates are ISO whatever the locale: a day written another way is refused, and says so.
  const [y, m, d] = day.split('-');
  await setDates(page, `${m}/${d}/${y}`, '');
  const refused = await page.eval(`[document.getElementById('date-from').getAttribute('aria-invalid'), document.getElementById('date-error').hidden, document.getElementById('date-error').textContent]`);
  diff = sameCounts(await page.eval(counts), expectedCounts(ex.data));
  check(refused[0] === 'true' && !refused[1] && /YYYY-MM-DD/.test(refused[2]) && diff.length === 0,
    `examples: "${m}/${d}/${y}" is refused as a date, with a message asking for YYYY-MM-DD, and filters nothing`, refused);
  await setDates(page, '', '');

  // Actor filter: the stances of one actor, to or from it.
  await page.eval(`(() => { const s = document.getElementById('actor-select'); s.value = '${edge.target}'; s.dispatchEvent(new Event('change')); })()`);
  diff = sameCounts(await page.eval(counts), expectedCounts(ex.data, { keep: (e) => e.source === edge.target || e.target === edge.target }));
  check(diff.length === 0, `examples: choosing ${ex.data.nodes[edge.target].label} keeps its stances only`, diff);
  await page.eval(`document.getElementById('reset').click()`);
  await showAll();
  check((await page.eval(drawnIndexes('.edge'))).length === edgeCount, 'examples: Reset (and All) shows every edge again');

  // Actors with no arrow are drawn on demand.
  await page.eval(`document.getElementById('show-isolated').click()`);
  drawnNodes = await page.eval(drawnIndexes('.node'));
  check(drawnNodes.length === ex.data.nodes.length, `examples: with actors with no arrow, all ${ex.data.nodes.length} are drawn`, [`${drawnNodes.length} drawn`]);
  await page.eval(`document.getElementById('show-isolated').click()`);
  check((await page.eval(drawnIndexes('.node'))).length === linked.size, 'examples: and hidden again');

  // Arrows too light for the control: a message saying which control.
  await page.eval(`(() => { const m = document.getElementById('min-weight'); m.value = '100000'; m.dispatchEvent(new Event('change')); })()`);
  const light = await page.eval(`[document.querySelectorAll('#graph .edge:not([hidden])').length, document.getElementById('empty').hidden, document.getElementById('empty').textContent]`);
  check(light[0] === 0 && !light[1] && light[2].startsWith('No arrow stands for 100000 or more assertions'), 'examples: with 100000 assertions per arrow at least, no edge and a message', light);
  await page.eval(`document.getElementById('reset').click()`);

  // Every type off: a message, not an empty canvas.
  await page.eval(`document.getElementById('types-none').click()`);
  const none = await page.eval(`[document.querySelectorAll('#graph .edge:not([hidden])').length, document.getElementById('empty').hidden, document.getElementById('empty').textContent]`);
  check(none[0] === 0 && !none[1] && none[2].length > 0, 'examples: with no type ticked, no edge and a message', none);
  await page.eval(`document.getElementById('reset').click()`);
  await page.eval(`document.querySelector('#graph .edge[data-index="${edgeIndex}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
  checkScreenshot(await page.screenshot(), outDir, 'examples');
  checkQuiet(page, 'examples', url);
  await page.close();

  // ------------------------------------------------- seed (or the corpus)
  // The seed's page when ../shared is there; else the project's corpus.
  const big = haveSeed ? { name: 'seed', args: [seed, '--date', '2025-09-04'] } : { name: 'corpus', args: corpus };
  if (!haveSeed) skip("the seed's page", `${noSeed}; the project's corpus is drawn instead`);
  const sd = writePage(big.name, big.args);
  {
    const { page: p, url: u } = await open(browser, sd.file);
    const [nodesDrawn, edgesDrawn] = await p.eval(`[${drawnIndexes('.node')}, ${drawnIndexes('.edge')}]`);
    const ends = new Set(edgesDrawn.flatMap((i) => [sd.data.edges[i].source, sd.data.edges[i].target]));
    check(edgesDrawn.length > 0 && nodesDrawn.length === ends.size && nodesDrawn.every((i) => ends.has(i)),
      `${big.name}: ${nodesDrawn.length} actors and ${edgesDrawn.length} of ${sd.data.edges.length} arrows drawn, each actor at an end of an arrow`);
    // An actor whose stances have no target, chosen, still shows its evidence.
    const u0 = sd.data.untargeted[0];
    if (u0) {
      await p.eval(`(() => { const s = document.getElementById('actor-select'); s.value = '${u0.source}'; s.dispatchEvent(new Event('change')); })()`);
      await p.eval(`document.querySelector('#graph .node[data-index="${u0.source}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
      const text = await p.eval(`document.getElementById('panel').textContent`);
      const sentence = sd.data.evidence[sd.data.assertions[u0.assertions[0]].evidence[0]].text;
      check(text.includes(sentence), `${big.name}: ${sd.data.nodes[u0.source].label}'s panel shows its untargeted ${u0.type}`, [sentence]);
    }
    checkScreenshot(await p.screenshot(), outDir, big.name);
    checkQuiet(p, big.name, u);
    await p.close();
  }

  // --------------------------------------------------------------- empty
  const empty = writePage('empty', [path.join(htmlData, '2025-10-03_no-stances.txt')]);
  {
    check(empty.data.nodes.length === 0, 'empty: the report gives no node');
    const { page: p, url: u } = await open(browser, empty.file);
    const shown = await p.eval(`[document.getElementById('empty').hidden, document.getElementById('empty').textContent, document.getElementById('graph').hasAttribute('hidden')]`);
    check(!shown[0] && /no actors/.test(shown[1]) && shown[2], 'empty: a message instead of a blank graph', shown);
    checkQuiet(p, 'empty', u);
    await p.close();
  }

  // ----------------------------------------------------------- no arrows
  // Actors, a statement and a hypothetical stance, but no arrow: the actors
  // are drawn; without them, a message.
  const saidFile = path.join(outDir, '2025-10-03_said.txt');
  fs.writeFileSync(saidFile, 'Kremlin Spokesperson Dmitry Peskov stated on October 2 that Russia might support the plan.\n');
  const said = writePage('no-arrows', [saidFile]);
  {
    check(said.data.edges.length === 0 && said.data.nodes.length > 1 && said.data.assertions.some((a) => a.type === 'STATEMENT'),
      `no arrows: ${said.data.nodes.length} actors, no stance between two of them`);
    const { page: p, url: u } = await open(browser, said.file);
    const drawnAll = (await p.eval(drawnIndexes('.node'))).length;
    check(drawnAll === said.data.nodes.length, `no arrows: all ${said.data.nodes.length} actors are drawn`, [`${drawnAll} drawn`]);
    await p.eval(`document.getElementById('show-isolated').click()`);
    const shown = await p.eval(`[document.getElementById('empty').hidden, document.getElementById('empty').textContent]`);
    check(!shown[0] && shown[1].startsWith('No actor has an arrow here'), 'no arrows: without actors with no arrow, a message', shown);
    checkQuiet(p, 'no arrows', u);
    await p.close();
  }

  // ------------------------------------------------------------ crowded
  // Six states, each supporting every other: a part dense enough that the
  // layout's pull to the centre beats the arrows' rest length, which once
  // left linked actors with their boxes touching and a stub of arrow (12 px
  // at zoom 1.5) between them, under their shapes and labels. Every arrow
  // must run at least 15 px on screen outside both its actors, and be
  // clickable there. (Ten such states would bury some arrows under others
  // leaving the same actor the same way: a limit of any drawing of a
  // clique, not of the room the layout leaves.)
  const allies = ['Iran', 'Iraq', 'Oman', 'Chad', 'Mali', 'Peru'];
  const alliesFile = path.join(outDir, '2025-10-03_allies.txt');
  fs.writeFileSync(alliesFile, allies.flatMap((a, i) => allies.slice(i + 1).map((b) => `${a} supports ${b}.\n`)).join(''));
  const crowded = writePage('crowded', [alliesFile]);
  {
    const pairs = (allies.length * (allies.length - 1)) / 2;
    check(crowded.data.nodes.length === allies.length && crowded.data.edges.length === pairs,
      `crowded: ${crowded.data.nodes.length} states, ${crowded.data.edges.length} stances between them (every pair)`);
    const { page: p, url: u } = await open(browser, crowded.file);
    const arrows = await p.eval(`(() => {
      const rect = (e) => e.getBoundingClientRect();
      const ends = (n) => [rect(document.querySelector('#graph .node[data-index="' + n + '"] .shape')),
                           rect(document.querySelector('#graph .labels text[data-index="' + n + '"]'))];
      const under = (x, y, r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      return [...document.querySelectorAll('#graph .edge:not([hidden])')].map((g) => {
        const e = ${JSON.stringify(crowded.data.edges.map((e) => [e.source, e.target]))}[Number(g.dataset.index)];
        const cover = ends(e[0]).concat(ends(e[1]));
        const line = g.querySelector('path.line');
        const m = line.getScreenCTM();
        const total = line.getTotalLength();
        let outside = 0, hit = false, prev = null;
        for (let s = 0; s <= 100; s++) {
          const q = line.getPointAtLength((total * s) / 100);
          const x = q.x * m.a + q.y * m.c + m.e, y = q.x * m.b + q.y * m.d + m.f;
          const free = !cover.some((r) => under(x, y, r));
          if (free && prev && prev.free) outside += Math.hypot(x - prev.x, y - prev.y);
          if (free && !hit) hit = document.elementFromPoint(x, y)?.closest('.edge') === g;
          prev = { x, y, free };
        }
        return { i: Number(g.dataset.index), outside, hit };
      });
    })()`);
    const stubs = arrows.filter((a) => a.outside < 15).map((a) => `${a.i}: ${a.outside.toFixed(1)} px`);
    check(arrows.length === pairs && stubs.length === 0,
      `crowded: each of the ${arrows.length} arrows runs at least 15 px outside the shapes and labels of its two actors`, stubs.slice(0, 5));
    const buried = arrows.filter((a) => !a.hit).map((a) => a.i);
    check(buried.length === 0, 'crowded: a click reaches every arrow where it runs outside its actors', buried.slice(0, 5));
    checkScreenshot(await p.screenshot(), outDir, 'crowded');
    checkQuiet(p, 'crowded', u);
    await p.close();
  }

  // ------------------------------------------------------------- hostile
  const hostile = writePage('hostile', [path.join(htmlData, '2025-10-03_hostile-script.txt')]);
  {
    const scripts = (hostile.html.match(/<\/script/gi) || []).length;
    check(scripts === 2 && !hostile.html.includes('<script>alert') && !/[\u2028\u2029]/.test(hostile.html),
      'hostile: the report text cannot close the data script element', [`${scripts} </script`]);
    const first = hostile.data.assertions[hostile.data.edges[0]?.assertions[0]];
    const sentence = first ? hostile.data.evidence[first.evidence[0]].text : '';
    check(sentence.includes('</script><script>alert(1)</script>') && sentence.includes('\u2028'), 'hostile: the data keeps the sentence exactly');
    const { page: p, url: u } = await open(browser, hostile.file);
    await p.eval(`document.querySelector('#graph .edge').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
    const shown = await p.eval(`(() => { const p = document.getElementById('panel');
      return { text: p.textContent, links: [...p.querySelectorAll('a')].map((a) => a.getAttribute('href')), scripts: document.scripts.length }; })()`);
    check(shown.text.includes(sentence) && shown.text.includes('alert(3)'), 'hostile: the panel shows the sentence and title as text');
    check(shown.scripts === 2, 'hostile: no script element was injected', [`${shown.scripts} scripts`]);
    check(!shown.links.some((h) => /^javascript:/i.test(h)) && shown.text.includes('javascript:alert(2)') && shown.links.some((h) => h.startsWith('https://example.org/')),
      'hostile: a javascript: endnote is text, not a link; the https one is a link', shown.links);
    checkQuiet(p, 'hostile', u);
    await p.close();
  }
} catch (e) {
  fail(`the browser session failed: ${e.message}`, browser.stderr.trim().split('\n').slice(-5));
} finally {
  await browser.close();
}
ok(`browser checks took ${((Date.now() - started) / 1000).toFixed(1)} s; pages and screenshots in ${outDir}`);
finish();
