// `stancegraph build -f html` opened in headless Chromium, offline: the page
// draws what its data says, fetches nothing, logs no error, shows the
// evidence of a clicked stance, filters by event type, date and actor, and
// survives an empty graph and a report written to break out of its script.
//
// Screenshots go to $HTML_VIEW_OUT (ctest: the build's tests/e2e/html_view),
// else to a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, chromiumPath, decodePng } from './cdp.mjs';
import { abort, build, check, examples, fail, finish, ok, requireInputs, seed, sourceDir } from './common.mjs';

requireInputs();
if (!fs.existsSync(chromiumPath)) abort(`no Chromium at ${chromiumPath}: run scripts/install-deps.sh --test (or set CHROMIUM)`);

const outDir = process.env.HTML_VIEW_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'sg-html-view-'));
fs.mkdirSync(outDir, { recursive: true });
const htmlData = path.join(sourceDir, 'tests', 'data', 'html');

// The JSON the page embeds, read back as a consumer would.
function dataOf(html) {
  const m = html.match(/<script type="application\/json" id="sg-data">([\s\S]*?)<\/script>/);
  if (!m) abort('the page has no sg-data script element');
  return JSON.parse(m[1]);
}

function writePage(name, args) {
  const html = build(args, 'html');
  const file = path.join(outDir, `${name}.html`);
  fs.writeFileSync(file, html);
  return { html, file, data: dataOf(html) };
}

// Console errors and warnings, exceptions, and requests for anything but
// the page itself (Chromium's own date-picker icon is a data: URL).
function checkQuiet(page, name, url) {
  check(page.console.length === 0, `${name}: no console errors or warnings`, page.console.slice(0, 5));
  const fetched = page.requests.filter((u) => u !== url && !u.startsWith('data:'));
  check(fetched.length === 0, `${name}: no network request`, fetched.slice(0, 5));
  check(page.dialogs.length === 0, `${name}: no dialog opened`, page.dialogs);
}

async function open(browser, file) {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  await page.goto(url);
  const ready = await page.eval(`document.documentElement.dataset.ready === 'true'`);
  if (!ready) fail(`${path.basename(file)}: the viewer did not finish starting`, page.console);
  return { page, url };
}

const visibleEdges = `[...document.querySelectorAll('#graph .edge:not([hidden])')].map((e) => Number(e.dataset.index))`;
const counts = `Object.fromEntries([...document.querySelectorAll('#graph .edge:not([hidden])')].map((e) => [e.dataset.index, Number(e.dataset.count)]))`;

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

async function setDates(page, from, to) {
  await page.eval(`(() => {
    const f = document.getElementById('date-from'), t = document.getElementById('date-to');
    f.value = ${JSON.stringify(from)}; t.value = ${JSON.stringify(to)};
    t.dispatchEvent(new Event('change'));
  })()`);
}

// Not blank: many colours, and more than a sliver of the graph area not white.
function checkScreenshot(png, name) {
  const file = path.join(outDir, `${name}.png`);
  fs.writeFileSync(file, png);
  const img = decodePng(png);
  const colours = new Set();
  let inked = 0;
  for (let i = 0; i < img.pixels.length; i += img.channels) {
    const [r, g, b] = [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]];
    colours.add((r << 16) | (g << 8) | b);
    if (r < 200 || g < 200 || b < 200) inked++;
  }
  const share = inked / (img.width * img.height);
  check(colours.size > 50 && share > 0.01, `${name}: the screenshot (${file}) is a drawing, not a blank page`, [
    `${colours.size} colours, ${(share * 100).toFixed(1)}% inked`,
  ]);
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
  const nodeCount = await page.eval(`document.querySelectorAll('#graph .node').length`);
  const edgeCount = await page.eval(`document.querySelectorAll('#graph .edge').length`);
  check(nodeCount === ex.data.nodes.length && nodeCount > 0, `examples: ${nodeCount} nodes drawn, as the data has ${ex.data.nodes.length}`);
  check(edgeCount === ex.data.edges.length && edgeCount > 0, `examples: ${edgeCount} edges drawn, as the data has ${ex.data.edges.length}`);
  check((await page.eval(visibleEdges)).length === edgeCount, 'examples: every edge is visible before filtering');
  let diff = sameCounts(await page.eval(counts), expectedCounts(ex.data));
  check(diff.length === 0, 'examples: each edge is weighted by its number of assertions', diff);

  // The edge with the most assertions that cites a URL: click it (a real
  // mouse click on its arrow), read the panel.
  const cited = (e) => e.assertions.some((a) => ex.data.assertions[a].evidence.some((v) => v.citations.some((c) => c.url.startsWith('http'))));
  const pick = ex.data.edges.map((e, i) => [e, i]).filter(([e]) => cited(e)).sort((x, y) => y[0].assertions.length - x[0].assertions.length)[0];
  if (!pick) abort('examples: no edge cites an endnote with a URL');
  const [edge, edgeIndex] = pick;
  const point = await page.eval(`(() => {
    const line = document.querySelector('#graph .edge[data-index="${edgeIndex}"] path.line');
    const p = line.getPointAtLength(line.getTotalLength() / 2);
    const m = line.getScreenCTM();
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  })()`);
  await page.click(point.x, point.y);
  const panel = await page.eval(`(() => {
    const p = document.getElementById('panel');
    return { text: p.textContent, heading: p.querySelector('h2').textContent,
             links: [...p.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
             items: p.querySelectorAll('li.assertion').length };
  })()`);
  const first = ex.data.assertions[edge.assertions[0]];
  const note = ex.data.assertions[edge.assertions.find((a) => cited({ assertions: [a] }))].evidence.flatMap((v) => v.citations).find((c) => c.url.startsWith('http'));
  check(panel.heading.includes(ex.data.nodes[edge.source].label) && panel.heading.includes(ex.data.nodes[edge.target].label) && panel.heading.includes(edge.type),
    `examples: clicking the ${edge.type} arrow opens its panel`, [panel.heading]);
  check(panel.items === edge.assertions.length, `examples: the panel lists the edge's ${edge.assertions.length} assertions`, [`${panel.items} listed`]);
  check(panel.text.includes(first.evidence[0].text), 'examples: the panel shows the evidence sentence', [first.evidence[0].text]);
  check(panel.links.some((l) => l.href === note.url && l.text === note.url) && panel.text.includes(`[${note.n}]`),
    `examples: the panel links citation [${note.n}] to its endnote URL`, panel.links.map((l) => l.href));
  const report = ex.data.reports[first.evidence[0].report];
  check(panel.text.includes(report.title || report.label) && panel.text.includes(report.date), 'examples: the panel names the report and its date');

  // Keyboard: Tab-reachable nodes open their panel with Enter.
  const nodeIndex = edge.source;
  await page.eval(`document.querySelector('#graph .node[data-index="${nodeIndex}"]').focus()`);
  await page.key('Enter', 'Enter', 13);
  const nodeHeading = await page.eval(`document.querySelector('#panel h2').textContent`);
  check(nodeHeading === ex.data.nodes[nodeIndex].label, 'examples: Enter on a focused node opens its panel', [nodeHeading]);

  // Event type filter: unticking a type hides exactly its edges.
  const type = edge.type;
  await page.eval(`document.querySelector('#type-list input[value="${type}"]').click()`);
  diff = sameCounts(await page.eval(counts), expectedCounts(ex.data, { keep: (e) => e.type !== type }));
  check(diff.length === 0 && Object.keys(await page.eval(counts)).length < edgeCount, `examples: unticking ${type} hides its edges and only them`, diff);
  await page.eval(`document.querySelector('#type-list input[value="${type}"]').click()`);
  check((await page.eval(visibleEdges)).length === edgeCount, `examples: ticking ${type} again shows every edge`);

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
  await setDates(page, '', '');

  // Actor filter: the stances of one actor, to or from it.
  await page.eval(`(() => { const s = document.getElementById('actor-select'); s.value = '${edge.target}'; s.dispatchEvent(new Event('change')); })()`);
  diff = sameCounts(await page.eval(counts), expectedCounts(ex.data, { keep: (e) => e.source === edge.target || e.target === edge.target }));
  check(diff.length === 0, `examples: choosing ${ex.data.nodes[edge.target].label} keeps its stances only`, diff);
  await page.eval(`document.getElementById('reset').click()`);
  check((await page.eval(visibleEdges)).length === edgeCount, 'examples: Reset shows every edge again');

  // Actors with no arrow can be left out.
  await page.eval(`document.getElementById('show-isolated').click()`);
  const linked = new Set(ex.data.edges.flatMap((e) => [e.source, e.target]));
  const nodesShown = await page.eval(`document.querySelectorAll('#graph .node:not([hidden])').length`);
  check(nodesShown === linked.size && linked.size < nodeCount, `examples: without isolated actors, the ${linked.size} actors with an arrow remain`, [`${nodesShown} shown`]);
  await page.eval(`document.getElementById('show-isolated').click()`);

  // Every type off: a message, not an empty canvas.
  await page.eval(`document.getElementById('types-none').click()`);
  const none = await page.eval(`[document.querySelectorAll('#graph .edge:not([hidden])').length, document.getElementById('empty').hidden, document.getElementById('empty').textContent]`);
  check(none[0] === 0 && !none[1] && none[2].length > 0, 'examples: with no type ticked, no edge and a message', none);
  await page.eval(`document.getElementById('reset').click()`);
  await page.eval(`document.querySelector('#graph .edge[data-index="${edgeIndex}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
  checkScreenshot(await page.screenshot(), 'examples');
  checkQuiet(page, 'examples', url);
  await page.close();

  // ---------------------------------------------------------------- seed
  const sd = writePage('seed', [seed, '--date', '2025-09-04']);
  {
    const { page: p, url: u } = await open(browser, sd.file);
    const drawn = await p.eval(`[document.querySelectorAll('#graph .node').length, document.querySelectorAll('#graph .edge').length]`);
    check(drawn[0] === sd.data.nodes.length && drawn[1] === sd.data.edges.length && drawn[0] > 0,
      `seed: ${drawn[0]} nodes and ${drawn[1]} edges drawn, as the data has`);
    // An actor whose stances have no target still shows its evidence.
    const u0 = sd.data.untargeted[0];
    if (u0) {
      await p.eval(`document.querySelector('#graph .node[data-index="${u0.source}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
      const text = await p.eval(`document.getElementById('panel').textContent`);
      const sentence = sd.data.assertions[u0.assertions[0]].evidence[0].text;
      check(text.includes(sentence), `seed: ${sd.data.nodes[u0.source].label}'s panel shows its untargeted ${u0.type}`, [sentence]);
    }
    checkScreenshot(await p.screenshot(), 'seed');
    checkQuiet(p, 'seed', u);
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

  // ------------------------------------------------------------- hostile
  const hostile = writePage('hostile', [path.join(htmlData, '2025-10-03_hostile-script.txt')]);
  {
    const scripts = (hostile.html.match(/<\/script/gi) || []).length;
    check(scripts === 2 && !hostile.html.includes('<script>alert') && !/[\u2028\u2029]/.test(hostile.html),
      'hostile: the report text cannot close the data script element', [`${scripts} </script`]);
    const sentence = hostile.data.assertions[0]?.evidence[0]?.text ?? '';
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
