// The researcher's questions in queries/*.rq, asked of the seed report's
// N-Quads output loaded into Oxigraph (the union of the default graph and
// the report graphs), must give the answers that the seed's gold file
// (shared/gold/seed.gold.json) says must be extracted:
//   rejections.rq         Russia rejects foreign intervention on Sept. 4
//                         (footnote 8), NATO troops on Aug. 18 and European
//                         guarantees on Aug. 27 (footnote 9); only Russian
//                         actors reject anything in this report;
//   meetings.rq           the Sept. 4 meeting in Paris of the Coalition of
//                         the Willing and Zelensky, footnote 1; Russia met
//                         no one ("will not discuss");
//   russian-officials.rq  what Zakharova stated (Sept. 4, footnote 8) and
//                         said (Aug. 18), what Peskov claimed (Aug. 27),
//                         with their positions; no other Russian official;
//   advances.rq           Ukrainian forces near Kupyansk and Siversk,
//                         Russian forces in Sumy Oblast and near
//                         Velykomykhailivka, on Sept. 4, and nothing else;
//   agreements.rq         26 states agreed to a reassurance force, on
//                         Macron's word, footnote 4; Germany agreed to
//                         nothing and the conditional "if Russia agreed"
//                         is not an agreement.
// Things the gold only says "should" come out are printed as notes and do
// not fail the test. Every query file must open with a "# Question:"
// header, and every query must give, on the seed and on the examples, the
// answer of its file in queries/expected/<corpus>/ (compared by
// sparql_answers.py, as the roqet and Virtuoso tests do). For the seed and
// the examples, each evidence sentence must be the report text between its
// sg:start and sg:end code-point offsets.
// With STANCEGRAPH_ANSWERS_DIR set, the answers Oxigraph gives are also
// written there (<corpus>/<query>.tsv), for a person to check against the
// reports before they replace an answer file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  abort, build, check, corpora, e2eDir, fail, finish, haveSeed, noSeed, ok, requireInputs, requirePackages, seed, skip, sourceDir,
} from './common.mjs';

const [oxigraph] = await requirePackages('oxigraph');
requireInputs();

const SG = 'https://w3id.org/stancegraph/ontology#';
const queriesDir = path.join(sourceDir, 'queries');
const queryFiles = fs.existsSync(queriesDir) ? fs.readdirSync(queriesDir).filter((f) => f.endsWith('.rq')).sort() : [];
if (queryFiles.length < 10) abort(`expected at least 10 SPARQL questions in ${queriesDir}, found ${queryFiles.length}`);
if (!fs.existsSync('/usr/bin/python3')) abort('/usr/bin/python3 is missing; run scripts/install-deps.sh --test');

for (const f of queryFiles) {
  const first = fs.readFileSync(path.join(queriesDir, f), 'utf8').split('\n')[0];
  check(first.startsWith('# Question: '), `${f} opens with a "# Question:" comment`, [`first line: ${first}`]);
}

function load(nquads) {
  const store = new oxigraph.Store();
  try {
    store.load(nquads, { format: 'application/n-quads' });
  } catch (e) {
    abort(`Oxigraph cannot load the N-Quads output: ${e.message ?? e}`);
  }
  return store;
}

// Rows as plain objects of lexical values, one key per bound variable.
function ask(store, file, union = true) {
  const q = fs.readFileSync(path.join(queriesDir, file), 'utf8');
  let result;
  try {
    result = store.query(q, { use_default_graph_as_union: union });
  } catch (e) {
    fail(`${file}: Oxigraph rejects the query: ${e.message ?? e}`);
    return [];
  }
  return result.map((b) => Object.fromEntries([...b].map(([k, v]) => [k, v.value])));
}

const show = (rows) => (rows.length ? rows.slice(0, 25).map((r) => JSON.stringify(r).slice(0, 260)) : ['(no rows)']);
const has = (s, word) => typeof s === 'string' && s.toLowerCase().includes(word.toLowerCase());

// expect(file, rows, what, predicate): some row must satisfy the predicate.
function expectRow(file, rows, what, pred) {
  check(rows.some(pred), `${file}: ${what}`, () => ['rows:', ...show(rows)]);
}

function expectNoRow(file, rows, what, pred) {
  const bad = rows.filter(pred);
  check(bad.length === 0, `${file}: ${what}`, () => ['offending rows:', ...show(bad)]);
}

// A "should" of the gold: reported, never counted.
function note(file, rows, what, pred) {
  console.log(`${rows.some(pred) ? '  + ' : 'note'} ${file}: should: ${what}${rows.some(pred) ? '' : ' (missing)'}`);
}

// --- the seed: what its gold file says must come out ---------------------------
function checkSeedGold(store) {
  const seedFile = path.basename(seed);
  const rowsOf = {};
  for (const f of queryFiles) rowsOf[f] = ask(store, f);

  // rejections.rq
  {
    const f = 'rejections.rq';
    const rows = rowsOf[f] ?? [];
    expectRow(f, rows, 'Russia rejects foreign intervention on 2025-09-04, Zakharova\'s sentence, footnote 8 (gold zakharova-reject-0904)',
      (r) => r.country === 'RU' && r.date === '2025-09-04' && r.citation === '8' && has(r.sentence, 'Zakharova stated on September 4'));
    expectRow(f, rows, 'Russia rejects a NATO contingent on 2025-08-18, footnote 9 (gold zakharova-reject-0818)',
      (r) => r.country === 'RU' && r.date === '2025-08-18' && r.citation === '9' && (has(r.topic, 'NATO') || has(r.sentence, 'NATO')));
    expectRow(f, rows, 'Russia rejects European security guarantees on 2025-08-27, Peskov\'s claim, footnote 9 (gold peskov-negative-0827)',
      (r) => r.country === 'RU' && r.date === '2025-08-27' && r.citation === '9' && has(r.topic, 'security guarantees') && has(r.sentence, 'Peskov'));
    expectRow(f, rows, `the report column names ${seedFile}`, (r) => r.report === seedFile);
    expectNoRow(f, rows, 'no one but Russia and its bodies rejects anything in the seed', (r) => r.country !== 'RU');
    note(f, rows, 'the Kremlin rejects foreign troops (gold kremlin-continues-reject)',
      (r) => r.actorLabel === 'Kremlin' && has(r.topic, 'foreign troops'));
  }

  // meetings.rq
  {
    const f = 'meetings.rq';
    const rows = rowsOf[f] ?? [];
    const paris = rows.filter((r) => r.place === 'Paris' && r.date === '2025-09-04');
    const meetings = new Set(paris.map((r) => r.meeting));
    const inOne = [...meetings].some((m) => {
      const who = paris.filter((r) => r.meeting === m);
      return who.some((r) => r.participant === 'Coalition of the Willing')
        && who.some((r) => r.participant === 'Volodymyr Zelensky' || r.country === 'UA')
        && who.some((r) => r.citation === '1' && has(r.sentence, 'met in Paris'));
    });
    check(inOne, `${f}: one meeting in Paris on 2025-09-04 of the Coalition of the Willing and Zelensky, "met in Paris", footnote 1 (gold paris-meeting)`,
      () => ['rows:', ...show(rows)]);
    expectNoRow(f, rows, 'Russia meets no one (gold must_not: "will not discuss" is no CONSULT)',
      (r) => r.participant === 'Russia' || r.country === 'RU');
    for (const leader of ['Emmanuel Macron', 'Alexander Stubb', 'Friedrich Merz', 'Keir Starmer', 'Donald Tusk',
      'Ursula von der Leyen', 'Mark Rutte', 'Steve Witkoff']) {
      note(f, rows, `${leader} took part in a meeting on 2025-09-04`, (r) => r.participant === leader && r.date === '2025-09-04');
    }
  }

  // russian-officials.rq
  {
    const f = 'russian-officials.rq';
    const rows = rowsOf[f] ?? [];
    expectRow(f, rows, 'Zakharova, Spokesperson of the Russian Ministry of Foreign Affairs, "stated" a rejection on 2025-09-04, footnote 8 (gold zakharova-reject-0904)',
      (r) => r.speaker === 'Maria Zakharova' && r.title === 'Spokesperson' && r.body === 'Russian Ministry of Foreign Affairs'
        && r.verb === 'stated' && r.eventType === `${SG}REJECT` && r.date === '2025-09-04' && r.citation === '8');
    expectRow(f, rows, 'Zakharova said on 2025-08-18 that Russia rejects a NATO contingent, footnote 9 (gold zakharova-reject-0818)',
      (r) => r.speaker === 'Maria Zakharova' && r.date === '2025-08-18' && r.citation === '9' && has(r.sentence, 'August 18'));
    expectRow(f, rows, 'Peskov, Spokesperson of the Kremlin, "claimed" a rejection on 2025-08-27, footnote 9 (gold peskov-negative-0827)',
      (r) => r.speaker === 'Dmitry Peskov' && r.title === 'Spokesperson' && r.body === 'Kremlin' && r.verb === 'claimed'
        && r.eventType === `${SG}REJECT` && r.date === '2025-08-27' && r.citation === '9');
    expectNoRow(f, rows, 'the only Russian officials are Zakharova and Peskov',
      (r) => r.speaker !== 'Maria Zakharova' && r.speaker !== 'Dmitry Peskov');
    note(f, rows, 'Zakharova claimed the deployment "fundamentally unacceptable"',
      (r) => r.speaker === 'Maria Zakharova' && r.verb === 'claimed' && has(r.topic, 'fundamentally unacceptable'));
  }

  // advances.rq
  {
    const f = 'advances.rq';
    const rows = rowsOf[f] ?? [];
    const must = [
      ['Ukrainian forces', 'UA', 'Kupyansk'], ['Ukrainian forces', 'UA', 'Siversk'],
      ['Russian forces', 'RU', 'Sumy Oblast'], ['Russian forces', 'RU', 'Velykomykhailivka'],
    ];
    const should = [['Ukrainian forces', 'UA', 'Kostyantynivka-Druzhkivka tactical area']];
    const same = (r, [force, country, place]) => r.force === force && r.country === country && r.place === place;
    for (const m of must) {
      expectRow(f, rows, `${m[0]} (${m[1]}) advanced at ${m[2]} on 2025-09-04 (gold)`, (r) => same(r, m) && r.date === '2025-09-04');
    }
    expectNoRow(f, rows, 'no other advance', (r) => ![...must, ...should].some((m) => same(r, m)));
    note(f, rows, `${should[0][0]} advanced in the ${should[0][2]}`, (r) => same(r, should[0]));
  }

  // agreements.rq
  {
    const f = 'agreements.rq';
    const rows = rowsOf[f] ?? [];
    expectRow(f, rows, '26 states agreed to form a reassurance force, on Macron\'s word, 2025-09-04, footnote 4 (gold reassurance-force)',
      (r) => r.quantity === '26' && r.source === 'Emmanuel Macron' && r.date === '2025-09-04' && r.citation === '4'
        && has(r.topic, 'reassurance force'));
    expectNoRow(f, rows, 'Germany agreed to nothing (gold must_not)', (r) => r.actorLabel === 'Germany');
    expectNoRow(f, rows, '"the day after Ukraine and Russia reach a ceasefire" is no agreement by Russia',
      (r) => r.actorLabel === 'Russia');
  }
}

// --- evidence points into its report ---------------------------------------
// sg:start and sg:end are code-point offsets into the report text: the
// slice there is the evidence sentence (whitespace runs compared as one space).
function checkOffsets(name, st, reportPaths) {
  const texts = new Map(reportPaths.map((p) => [path.basename(p), Array.from(fs.readFileSync(p, 'utf8'))]));
  const rows = st.query(`PREFIX sg: <${SG}> PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?e ?text ?start ?end ?file WHERE {
      ?e a sg:Evidence ; sg:text ?text ; sg:start ?start ; sg:end ?end ; sg:inReport ?r . ?r dcterms:identifier ?file }`,
  { use_default_graph_as_union: true });
  const squash = (t) => t.replace(/\s+/g, ' ').trim();
  const bad = [];
  for (const b of rows) {
    const chars = texts.get(b.get('file').value);
    const slice = chars ? chars.slice(Number(b.get('start').value), Number(b.get('end').value)).join('') : undefined;
    if (slice === undefined || squash(slice) !== squash(b.get('text').value)) {
      bad.push(`${b.get('e').value}: [${b.get('start').value}, ${b.get('end').value}) of ${b.get('file').value} is ${JSON.stringify(slice?.slice(0, 80))}, sg:text ${JSON.stringify(b.get('text').value.slice(0, 80))}`);
    }
  }
  check(rows.length > 0 && bad.length === 0, `${name}: the ${rows.length} evidence sentences are the report text at [sg:start, sg:end)`, bad.slice(0, 10));
}

// --- every question gives its answer file, on the seed and the examples -----
const expectedDir = path.join(queriesDir, 'expected');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-sparql-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

function checkAnswers(corpus, st) {
  const dir = path.join(expectedDir, corpus);
  const answerFiles = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')) : [];
  const queries = new Set(queryFiles.map((f) => f.replace(/\.rq$/, '')));
  const strays = answerFiles.filter((f) => !queries.has(f.replace(/(\.wrong)?\.tsv$/, '')));
  check(strays.length === 0, `${corpus}: every answer file in queries/expected/${corpus} belongs to a query`, strays);
  for (const f of queryFiles) {
    const name = f.replace(/\.rq$/, '');
    const expected = path.join(dir, `${name}.tsv`);
    if (!fs.existsSync(expected)) {
      fail(`${corpus}: ${f} has no answer file queries/expected/${corpus}/${name}.tsv`);
      continue;
    }
    let json;
    try {
      json = st.query(fs.readFileSync(path.join(queriesDir, f), 'utf8'),
        { use_default_graph_as_union: true, results_format: 'application/sparql-results+json' });
    } catch (e) {
      fail(`${corpus}: Oxigraph rejects ${f}: ${e.message ?? e}`);
      continue;
    }
    const results = path.join(scratch, `${corpus}-${name}.json`);
    fs.writeFileSync(results, json);
    const tool = path.join(e2eDir, 'sparql_answers.py');
    if (process.env.STANCEGRAPH_ANSWERS_DIR) {
      const out = path.join(process.env.STANCEGRAPH_ANSWERS_DIR, corpus);
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, `${name}.tsv`), spawnSync('/usr/bin/python3', [tool, 'tsv', results], { encoding: 'utf8' }).stdout);
    }
    const r = spawnSync('/usr/bin/python3', [tool, 'compare', results, expected], { encoding: 'utf8' });
    check(r.status === 0, `${corpus}: Oxigraph answers ${f} as queries/expected/${corpus}/${name}.tsv says`,
      `${r.stdout}${r.stderr}`.trim().split('\n').slice(0, 12));
  }
}
if (haveSeed) {
  const store = load(build([seed, '--date', '2025-09-04'], 'nquads'));
  checkSeedGold(store);
  checkOffsets('seed', store, [seed]);
  checkAnswers('seed', store);
} else {
  skip('the seed\'s gold answers, offsets and answer files', noSeed);
}
{
  const exampleArgs = corpora.find((c) => c.name === 'examples').args;
  const exStore = load(build(exampleArgs, 'nquads'));
  // The assertions live in the report's named graph, the entities in the
  // default graph: without the union the questions find nothing.
  const noUnion = ask(exStore, 'rejections.rq', false);
  check(noUnion.length === 0, 'rejections.rq without the union graph finds nothing (assertions sit in the report graph)',
    () => show(noUnion));
  checkOffsets('examples', exStore, exampleArgs);
  checkAnswers('examples', exStore);
}

finish();
