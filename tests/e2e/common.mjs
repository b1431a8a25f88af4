// Shared set-up of the end-to-end Node tests: where things are, running the
// CLI, loading the npm clients with a clear message when they are missing,
// N-Triples for RDF/JS terms, and a tiny pass/fail tally.
//
// Environment, as for the shell tests (see lib.sh): STANCEGRAPH_BIN,
// SOURCE_DIR, SHARED_DIR, and STANCEGRAPH_E2E_EXTRA_ARGS (extra words for
// every `stancegraph build`, empty by default, for development only).
// Only Node's own modules are imported here, so that this file loads even
// before `npm ci` has run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = path.dirname(fileURLToPath(import.meta.url));
export const sourceDir = process.env.SOURCE_DIR || path.resolve(e2eDir, '..', '..');
export const bin = process.env.STANCEGRAPH_BIN || path.join(sourceDir, 'build', 'stancegraph');
export const sharedDir = process.env.SHARED_DIR || path.resolve(sourceDir, '..', 'shared');
export const seed = path.join(sharedDir, 'seed', '000_5f64971f44c3bd14.txt');
export const seedGold = path.join(sharedDir, 'gold', 'seed.gold.json');
// The seed report sits beside the repository (../shared), not in it: the
// checks on it run when it is there, and say they were skipped when not.
export const haveSeed = fs.existsSync(seed);
export const noSeed = `no seed report at ${seed} (SHARED_DIR, or ../shared beside the repository)`;
const examplesDir = path.join(sourceDir, 'examples', 'reports');
export const examples = fs.existsSync(examplesDir)
  ? fs.readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(examplesDir, f))
  : [];
const extraArgs = (process.env.STANCEGRAPH_E2E_EXTRA_ARGS || '').split(/\s+/).filter(Boolean);

// The inputs every test runs on: the seed when it is there, the examples,
// and the awkward report.
export const corpora = [
  ...(haveSeed ? [{ name: 'seed', args: [seed, '--date', '2025-09-04'] }] : []),
  { name: 'examples', args: examples },
  // Endnote URLs with characters no IRI may hold, quotes, backslashes, a
  // tab, non-BMP characters: every client must read them back.
  { name: 'awkward', args: [path.join(sourceDir, 'tests', 'data', 'awkward', '2025-01-10_awkward-urls-and-literals.txt')] },
];

let passed = 0;
let failed = 0;
let skipped = 0;

export function ok(what) {
  passed++;
  console.log(`ok   ${what}`);
}

export function fail(what, details = []) {
  failed++;
  console.log(`FAIL ${what}`);
  for (const line of details) console.log(`     ${line}`);
}

export function check(cond, what, details = []) {
  if (cond) ok(what);
  else fail(what, typeof details === 'function' ? details() : details);
  return cond;
}

// A check not run, and why.
export function skip(what, why) {
  skipped++;
  console.log(`skip ${what}: ${why}`);
}

export function finish() {
  console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
  process.exit(failed === 0 ? 0 : 1);
}

// Stops the whole test: a missing prerequisite is a failure, never a skip.
export function abort(message) {
  console.log(`FAIL ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Imports the npm packages of tests/e2e, or fails saying how to get them.
export async function requirePackages(...names) {
  if (!fs.existsSync(path.join(e2eDir, 'node_modules'))) {
    abort(`${path.join(e2eDir, 'node_modules')} is missing: run scripts/install-deps.sh --test (it runs npm ci in tests/e2e)`);
  }
  const modules = [];
  for (const name of names) {
    try {
      const m = await import(name);
      modules.push(m.default ?? m);
    } catch (e) {
      abort(`cannot load the npm package '${name}' (${e.message.split('\n')[0]}): run scripts/install-deps.sh --test`);
    }
  }
  return modules;
}

export function requireInputs() {
  if (!fs.existsSync(bin)) abort(`no stancegraph binary at ${bin} (build first, or set STANCEGRAPH_BIN)`);
  if (examples.length === 0) abort(`no example reports in ${examplesDir}`);
}

// Runs `stancegraph build ARGS -f FORMAT -o -` and returns its standard
// output; a non-zero exit or anything on stderr fails the test.
export function build(args, format) {
  const argv = ['build', ...args, '-f', format, '-o', '-', ...extraArgs];
  const r = spawnSync(bin, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) abort(`cannot run ${bin}: ${r.error.message}`);
  if (r.status !== 0 || r.stderr !== '') {
    abort(`stancegraph ${argv.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
  }
  return r.stdout;
}

// N-Triples / N-Quads for RDF/JS-shaped terms (n3, jsonld.js and oxigraph
// all give termType/value/language/datatype), with the minimal escapes of
// canonical N-Triples, so that terms from different parsers compare as strings.
function escapeLiteral(s) {
  return s.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c]);
}

export function termToNt(t) {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value.replace(/^_:/, '')}`;
    case 'Literal': {
      const lex = `"${escapeLiteral(t.value)}"`;
      if (t.language) return `${lex}@${t.language}`;
      const dt = t.datatype?.value ?? t.datatype;
      if (!dt || dt === 'http://www.w3.org/2001/XMLSchema#string') return lex;
      return `${lex}^^<${dt}>`;
    }
    case 'DefaultGraph':
      return '';
    default:
      throw new Error(`unexpected term type ${t.termType}`);
  }
}

export function tripleToNt(q) {
  return `${termToNt(q.subject)} ${termToNt(q.predicate)} ${termToNt(q.object)} .`;
}

export function quadToNq(q) {
  const g = q.graph ? termToNt(q.graph) : '';
  return `${termToNt(q.subject)} ${termToNt(q.predicate)} ${termToNt(q.object)}${g ? ' ' + g : ''} .`;
}

// setDiff(a, b): the members of a not in b, sorted.
export function setDiff(a, b) {
  return [...a].filter((x) => !b.has(x)).sort();
}
