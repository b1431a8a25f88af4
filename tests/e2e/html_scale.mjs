// A year of daily reports (bench/gen_corpus.py --reports 365) as one
// `-f html` page in headless Chromium, offline: it opens in under 3 s; its
// first screen draws the busiest actors readably (no two nodes overlap,
// every drawn arrow is on screen, long enough to see and on top where a
// click reaches it, no actor without an arrow); the "busiest actors" and
// "fewest assertions per arrow" controls change what is drawn and keep it
// apart; the date range takes ISO dates; an actor's panel pages through
// what it said and did, in date order, each line opening its evidence.
// Needs no ../shared. The page and its screenshots (year-actor.png is
// docs/img/html-year.png) stay in $HTML_VIEW_OUT, else a temporary folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, chromiumPath } from './cdp.mjs';
import { abort, bin, build, check, examples, fail, finish, ok, sourceDir } from './common.mjs';
import { checkQuiet, checkScreenshot, counts, dataOf, drawnIndexes, open, pointOnEdge, setDates } from './html_page.mjs';

if (!fs.existsSync(bin)) abort(`no stancegraph binary at ${bin} (build first, or set STANCEGRAPH_BIN)`);
if (examples.length === 0) abort('no example reports (the generator makes the year from them)');
if (!fs.existsSync(chromiumPath)) abort(`no Chromium at ${chromiumPath}: run scripts/install-deps.sh --test (or set CHROMIUM)`);

const outDir = process.env.HTML_VIEW_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'sg-html-scale-'));
fs.mkdirSync(outDir, { recursive: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-year-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// --------------------------------------------------------------- the year
let t0 = Date.now();
const gen = spawnSync('python3', [path.join(sourceDir, 'bench', 'gen_corpus.py'), '--reports', '365', '--out', work], { encoding: 'utf8' });
if (gen.status !== 0) abort(`bench/gen_corpus.py failed: ${(gen.stderr || gen.error?.message || '').trim().split('\n').slice(-3).join(' | ')}`);
const generated = Date.now() - t0;
t0 = Date.now();
const html = build([work, '-j', '2'], 'html');
const built = Date.now() - t0;
const file = path.join(outDir, 'year.html');
fs.writeFileSync(file, html);
const data = dataOf(html);
ok(`365 daily reports generated in ${(generated / 1000).toFixed(1)} s, built into a ${(html.length / 1e6).toFixed(1)} MB page in ${(built / 1000).toFixed(1)} s`);
const statements = data.assertions.filter((a) => a.type === 'STATEMENT').length;
check(data.reports.length === 365 && data.nodes.length > 300 && data.edges.length > 300 && statements > 1000,
  `the page holds the year: ${data.reports.length} reports, ${data.nodes.length} actors, ${data.edges.length} stances, ` +
  `${data.assertions.length} assertions of which ${statements} statements`);

// What the page must draw, from the data: per node, its assertions as actor or speaker.
const timelineOf = (i) => data.assertions.map((a, k) => [a, k]).filter(([a]) => (a.actors || []).includes(i) || (a.speakers || []).includes(i)).map(([, k]) => k);

// Every drawn node's shape and label, every drawn edge's arrow, on screen.
const picture = `(() => {
  const graph = document.getElementById('graph').getBoundingClientRect();
  const rect = (e) => { const r = e.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom }; };
  const nodes = [...document.querySelectorAll('#graph .node:not([hidden])')].map((g) => ({ i: Number(g.dataset.index), box: rect(g.querySelector('.shape')) }));
  const labels = [...document.querySelectorAll('#graph .labels text:not([hidden])')].map((t) => ({ i: Number(t.dataset.index), box: rect(t) }));
  const m = document.getElementById('viewport').getCTM();
  const edges = [...document.querySelectorAll('#graph .edge:not([hidden])')].map((g) => {
    const line = g.querySelector('path.line');
    const length = line.getTotalLength() * Math.hypot(m.a, m.b);
    // A click reaches the arrow at some point along it: nothing drawn above it there.
    let hit = false;
    for (let f = 0.1; f < 0.95 && !hit; f += 0.1) {
      const p = line.getPointAtLength(line.getTotalLength() * f);
      const c = line.getScreenCTM();
      const at = document.elementFromPoint(p.x * c.a + p.y * c.c + c.e, p.x * c.b + p.y * c.d + c.f);
      hit = !!at && at.closest('.edge') === g;
    }
    return { i: Number(g.dataset.index), count: Number(g.dataset.count), box: rect(line), length, hit };
  });
  return { graph: { l: graph.left, r: graph.right, t: graph.top, b: graph.bottom }, nodes, labels, edges };
})()`;

// Pairs of boxes that overlap (by more than half a pixel each way).
function overlaps(items) {
  const out = [];
  for (let a = 0; a < items.length; a++)
    for (let b = a + 1; b < items.length; b++) {
      const x = items[a].box, y = items[b].box;
      if (Math.min(x.r, y.r) - Math.max(x.l, y.l) > 0.5 && Math.min(x.b, y.b) - Math.max(x.t, y.t) > 0.5) out.push([items[a].i, items[b].i]);
    }
  return out;
}

// The picture is readable: no overlap, every drawn arrow inside the graph
// area, at least 15 px long, reachable by a click (`clicks`); every drawn
// actor at an end of a drawn arrow.
function checkPicture(p, name, { clicks = true } = {}) {
  const label = (i) => data.nodes[i].label;
  const bad = overlaps(p.nodes);
  check(p.nodes.length > 1 && bad.length === 0, `${name}: no two of the ${p.nodes.length} drawn actors overlap`, bad.slice(0, 5).map(([a, b]) => `${label(a)} / ${label(b)}`));
  const badLabels = overlaps(p.labels);
  check(badLabels.length === 0, `${name}: no two of their labels overlap`, badLabels.slice(0, 5).map(([a, b]) => `${label(a)} / ${label(b)}`));
  const inside = (b) => b.l >= p.graph.l - 1 && b.r <= p.graph.r + 1 && b.t >= p.graph.t - 1 && b.b <= p.graph.b + 1;
  const off = p.edges.filter((e) => !inside(e.box)).map((e) => e.i);
  check(p.edges.length > 0 && off.length === 0, `${name}: all ${p.edges.length} drawn arrows are inside the graph area`, off.slice(0, 5));
  const short = p.edges.filter((e) => e.length < 15).map((e) => `${e.i}: ${e.length.toFixed(1)} px`);
  check(short.length === 0, `${name}: every drawn arrow is at least 15 px long on screen`, short.slice(0, 5));
  if (clicks) {
    const hidden = p.edges.filter((e) => !e.hit).map((e) => e.i);
    check(hidden.length === 0, `${name}: a click reaches every drawn arrow (no node or arrow covers it all)`, hidden.slice(0, 5));
  }
  const ends = new Set(p.edges.flatMap((e) => [data.edges[e.i].source, data.edges[e.i].target]));
  const alone = p.nodes.filter((n) => !ends.has(n.i)).map((n) => label(n.i));
  check(alone.length === 0, `${name}: every drawn actor is at an end of a drawn arrow`, alone.slice(0, 5));
}

const browser = await Browser.launch().catch((e) => abort(`cannot start ${chromiumPath}: ${e.message}`));
try {
  const { page, url } = await open(browser, file);
  // From the start of navigation to the end of the load event, which waits
  // for the viewer's script: parsing the page, the data, the first layout.
  const opened = await page.eval(`performance.getEntriesByType('navigation')[0].loadEventEnd`);
  check(opened > 0 && opened < 3000, `the year's page opens in ${(opened / 1000).toFixed(2)} s (under 3 s)`);

  // ---------------------------------------------------------- first screen
  const first = await page.eval(picture);
  check(first.nodes.length >= 10 && first.nodes.length <= 30 && first.edges.length <= 80,
    `the first screen draws ${first.nodes.length} of ${data.nodes.length} actors (at most the 30 busiest) and ${first.edges.length} arrows (at most 80)`);
  checkPicture(first, 'first screen');
  const fontPx = await page.eval(`Math.min(...[...document.querySelectorAll('#graph .labels text:not([hidden])')].map((t) => t.getBoundingClientRect().height))`);
  check(fontPx >= 9, `first screen: labels are readable, at least 9 px high (${fontPx.toFixed(1)})`);
  // The busiest: no drawn actor has fewer assertions in arrows of the drawn weight than the Nth busiest.
  const minWeight = Number(await page.eval(`document.getElementById('min-weight').value`));
  const busy = data.nodes.map(() => 0);
  data.edges.forEach((e) => {
    if (e.assertions.length < minWeight) return;
    busy[e.source] += e.assertions.length;
    busy[e.target] += e.assertions.length;
  });
  const top = Number(await page.eval(`document.getElementById('top-n').value`));
  const bar = busy.slice().sort((a, b) => b - a)[top - 1];
  const leastDrawn = Math.min(...first.nodes.map((n) => busy[n.i]));
  check(top <= 30 && leastDrawn >= bar && bar > 0, `first screen: the drawn actors are among the ${top} busiest (${leastDrawn} assertions at least, the ${top}th has ${bar})`);
  check(first.edges.every((e) => e.count >= minWeight), `first screen: every arrow stands for at least ${minWeight} assertions, as the control says`);
  checkScreenshot(await page.screenshot(), outDir, 'year');

  // -------------------------------------------------------------- controls
  await page.eval(`(() => { const t = document.getElementById('top-n'); t.value = '60'; t.dispatchEvent(new Event('change')); })()`);
  const sixty = await page.eval(picture);
  check(sixty.nodes.length > first.nodes.length && sixty.nodes.length <= 60, `60 busiest actors: ${sixty.nodes.length} drawn`);
  // Not every arrow of a denser picture can be clicked: in this year's
  // crowd of people accusing the same few states, some thin arrows run
  // along others for their whole length.
  checkPicture(sixty, '60 busiest', { clicks: false });
  const heavy = [...new Set(data.edges.map((e) => e.assertions.length))].sort((a, b) => a - b).find((n) => n > minWeight && n >= 100) ?? minWeight + 1;
  await page.eval(`(() => { const m = document.getElementById('min-weight'); m.value = '${heavy}'; m.dispatchEvent(new Event('change')); })()`);
  const drawnCounts = Object.values(await page.eval(counts));
  check(drawnCounts.length > 0 && drawnCounts.length < sixty.edges.length && drawnCounts.every((n) => n >= heavy),
    `at least ${heavy} assertions per arrow: ${drawnCounts.length} arrows, none lighter`);
  await page.eval(`document.getElementById('reset').click()`);
  const again = await page.eval(picture);
  check(JSON.stringify(again.nodes.map((n) => n.i).sort()) === JSON.stringify(first.nodes.map((n) => n.i).sort()) && again.edges.length === first.edges.length,
    'Reset gives the first screen again');

  // A month, in ISO dates: each drawn arrow counts that month's assertions only.
  await setDates(page, '2019-06-01', '2019-06-30');
  const june = await page.eval(counts);
  const wrong = Object.entries(june).filter(([i, n]) => n !== data.edges[i].assertions.filter((a) => (data.assertions[a].date || '') >= '2019-06-01' && (data.assertions[a].date || '') <= '2019-06-30').length);
  check(Object.keys(june).length > 0 && wrong.length === 0, `2019-06-01 to 2019-06-30: ${Object.keys(june).length} arrows, each counting June's assertions`, wrong.slice(0, 3));
  await setDates(page, '', '');

  // ------------------------------------------------ an actor over the year
  const hub = first.nodes.map((n) => n.i).sort((a, b) => timelineOf(b).length - timelineOf(a).length)[0];
  const mine = timelineOf(hub);
  await page.eval(`document.querySelector('#graph .node[data-index="${hub}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
  const readPage = `(() => {
    const p = document.getElementById('panel');
    const t = [...p.querySelectorAll('section.timeline')].pop();
    return { heading: t.querySelector('h3').textContent, where: (t.querySelector('.where') || {}).textContent,
             dates: [...t.querySelectorAll('li.assertion time')].map((x) => x.getAttribute('datetime') || ''),
             months: [...t.querySelectorAll('h4.month')].map((x) => x.textContent) };
  })()`;
  const page1 = await page.eval(readPage);
  const name = data.nodes[hub].label;
  check(page1.heading === `What ${name} said and did` && page1.where === `1–50 of ${mine.length}` && page1.dates.length === 50,
    `${name}'s panel: the first 50 of the ${mine.length} assertions it made or said`, [page1.heading, page1.where]);
  await page.eval(`[...document.querySelectorAll('#panel section.timeline')].pop().querySelector('.pager .next').click()`);
  const page2 = await page.eval(readPage);
  const both = page1.dates.concat(page2.dates).filter(Boolean);
  check(page2.where === `51–100 of ${mine.length}` && both.every((d, k) => k === 0 || both[k - 1] <= d),
    `${name}'s panel: "Later" shows lines 51 to 100, in date order after the first 50`, [page2.where]);
  check(page2.months.every((m) => page2.dates.some((d) => d.startsWith(m))) && page2.months.length >= 1,
    `${name}'s panel: lines grouped under their months (${page2.months.join(', ')})`);
  // A line opens its evidence.
  const line = await page.eval(`(() => {
    const d = [...document.querySelectorAll('#panel section.timeline')].pop().querySelector('li.assertion details');
    d.querySelector('summary').click();
    return { open: d.open, text: d.querySelector('blockquote') ? d.querySelector('blockquote').textContent : '' };
  })()`);
  const line0 = data.assertions[mine[50]];
  check(line.open && line.text === data.evidence[line0.evidence[0]].text, `${name}'s panel: a line opens to its evidence sentence`);
  checkScreenshot(await page.screenshot(), outDir, 'year-actor');

  // A person's statements, chosen in the actor list.
  const person = data.nodes.map((n, i) => [n, i]).filter(([n]) => n.type === 'Person')
    .map(([, i]) => i).find((i) => timelineOf(i).some((k) => data.assertions[k].type === 'STATEMENT'));
  if (person === undefined) fail('no person made a statement in the year');
  else {
    await page.eval(`(() => { const s = document.getElementById('actor-select'); s.value = '${person}'; s.dispatchEvent(new Event('change')); })()`);
    await page.eval(`document.querySelector('#graph .node[data-index="${person}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
    const said = await page.eval(`[...document.querySelectorAll('#panel section.timeline li.assertion .badge')].map((b) => b.textContent)`);
    check(said.includes('STATEMENT'), `${data.nodes[person].label}'s panel lists their statements`, said.slice(0, 8));
    await page.eval(`document.getElementById('reset').click()`);
  }

  // Actors with no arrow, on demand: all of them drawn, still apart.
  await page.eval(`document.getElementById('show-isolated').click()`);
  const all = await page.eval(drawnIndexes('.node'));
  const loose = new Set(data.nodes.map((_, i) => i));
  for (const e of data.edges) loose.delete(e.source), loose.delete(e.target);
  check([...loose].every((i) => all.includes(i)) && loose.size > 100, `with actors with no arrow: the ${loose.size} of them drawn too`);
  const crowd = await page.eval(picture);
  const crowded = overlaps(crowd.nodes);
  check(crowded.length === 0, `with actors with no arrow: no two of the ${crowd.nodes.length} drawn overlap`, crowded.slice(0, 3));
  checkQuiet(page, 'year', url);
  await page.close();
} catch (e) {
  fail(`the browser session failed: ${e.message}`, browser.stderr.trim().split('\n').slice(-5));
} finally {
  await browser.close();
}
finish();
