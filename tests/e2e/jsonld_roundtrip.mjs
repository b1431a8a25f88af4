// The JSON-LD output holds the same graph as the Turtle and N-Quads outputs,
// read by real clients: jsonld.js (toRDF, in safe mode, so that anything a
// processor would silently drop — a key missing from the context, a
// relative @id, a bad language tag — fails instead) and n3.
//
// For the seed report and for the example reports it asserts:
//   - the document has one @context and a top-level @graph; the context is
//     embedded or loaded from the shipped ontologies/context.jsonld, never
//     from the network (the document loader refuses every remote URL);
//   - the embedded context is the shipped one;
//   - JSON-LD -> RDF, graph names dropped, equals the Turtle's triples;
//   - JSON-LD -> RDF as quads equals the N-Quads output (the same named graph
//     per report, the same default graph);
//   - the same holds for the seed built with another --base, and for a
//     merged graph of hostile terms (tests/data/hostile/hostile-terms.nq).
// Sets are compared as N-Triples strings; if a blank node shows up on either
// side, both sides are first canonicalized (RDFC-1.0, the successor of
// URDNA2015). On failure it prints the statements found on one side only.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  abort, build, check, corpora, fail, finish, ok, quadToNq, requireInputs, requirePackages, setDiff, sourceDir, tripleToNt,
} from './common.mjs';

const [jsonld, N3] = await requirePackages('jsonld', 'n3');
requireInputs();

const shippedContextPath = path.join(sourceDir, 'ontologies', 'context.jsonld');
const shippedContextUrl = pathToFileURL(shippedContextPath).href;

// Only the shipped context may be loaded, and only from disk.
const loads = [];
async function documentLoader(url) {
  loads.push(url);
  const local = url === shippedContextUrl || url.endsWith('/ontologies/context.jsonld') || url === 'context.jsonld';
  if (local && fs.existsSync(shippedContextPath)) {
    return { contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(shippedContextPath, 'utf8')) };
  }
  throw new Error(`refused to load ${url}: the JSON-LD output must not need the network`);
}

function parseRdf(text, format) {
  try {
    return new N3.Parser({ format }).parse(text);
  } catch (e) {
    abort(`n3 cannot parse the ${format} output: ${e.message}`);
  }
}

const hasBlank = (lines) => lines.some((l) => l.includes('_:'));

// Canonical N-Quads lines of a set of statements, blank nodes relabelled.
async function canonicalLines(lines) {
  const nq = lines.join('\n') + '\n';
  const out = await jsonld.canonize(nq, { inputFormat: 'application/n-quads', format: 'application/n-quads' });
  return new Set(out.split('\n').filter(Boolean));
}

async function compareSets(what, mine, theirs, mineName, theirsName) {
  let a = new Set(mine);
  let b = new Set(theirs);
  let how = 'as N-Triples strings';
  if (hasBlank(mine) || hasBlank(theirs)) {
    a = await canonicalLines([...a]);
    b = await canonicalLines([...b]);
    how = 'after RDFC-1.0 canonicalization (blank nodes present)';
  }
  const onlyA = setDiff(a, b);
  const onlyB = setDiff(b, a);
  if (onlyA.length === 0 && onlyB.length === 0) {
    ok(`${what}: ${a.size} statements, identical ${how}`);
    return;
  }
  fail(`${what}: ${mineName} has ${a.size}, ${theirsName} has ${b.size}; ${onlyA.length} only in ${mineName}, ${onlyB.length} only in ${theirsName}`, [
    ...onlyA.slice(0, 15).map((l) => `only in ${mineName}:  ${l}`),
    ...(onlyA.length > 15 ? [`... and ${onlyA.length - 15} more`] : []),
    ...onlyB.slice(0, 15).map((l) => `only in ${theirsName}: ${l}`),
    ...(onlyB.length > 15 ? [`... and ${onlyB.length - 15} more`] : []),
  ]);
}

// The checks themselves: safe mode must reject a key the context does not
// define, and blank-node relabelling must not count as a difference.
{
  const probe = { '@context': { sg: 'https://w3id.org/stancegraph/ontology#' }, '@id': 'https://example.org/a', notInContext: 1 };
  let rejected = false;
  try {
    await jsonld.toRDF(probe, { documentLoader, safe: true });
  } catch {
    rejected = true;
  }
  check(rejected, 'self-check: jsonld.js safe mode rejects a key missing from the context');
  const x = ['_:a <https://example.org/p> "1" .'];
  const y = ['_:b0 <https://example.org/p> "1" .'];
  const same = [...(await canonicalLines(x))].join() === [...(await canonicalLines(y))].join();
  check(same, 'self-check: canonicalization ignores blank node labels');
}

const shipped = fs.existsSync(shippedContextPath) ? JSON.parse(fs.readFileSync(shippedContextPath, 'utf8')) : null;
check(shipped && typeof shipped['@context'] === 'object', `the shipped context ${shippedContextPath} exists and has an @context object`);

// Also the first corpus (the seed, when ../shared is there) under another
// instance base, ending in '#': the writer compacts IRIs with the context,
// and no term may turn relative.
// And the hostile terms, which the streaming writer must escape as JSON.
const runs = [
  ...corpora,
  { name: `${corpora[0].name} --base https://example.org/kg#`, args: [...corpora[0].args, '--base', 'https://example.org/kg#'] },
  { name: 'hostile terms', args: ['--merge', path.join(sourceDir, 'tests', 'data', 'hostile', 'hostile-terms.nq')] },
];

for (const { name, args } of runs) {
  const text = build(args, 'jsonld');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(`${name}: the JSON-LD output is not JSON: ${e.message}`);
    continue;
  }
  check(doc && !Array.isArray(doc) && doc['@context'] !== undefined && Array.isArray(doc['@graph']),
    `${name}: one top-level object with @context and @graph`, [`keys: ${Object.keys(doc ?? {}).join(', ')}`]);
  const ctx = doc['@context'];
  if (typeof ctx === 'object' && !Array.isArray(ctx)) {
    check(shipped && JSON.stringify(ctx) === JSON.stringify(shipped['@context']),
      `${name}: the embedded @context is the shipped ontologies/context.jsonld`);
  } else {
    ok(`${name}: @context is referenced (${JSON.stringify(ctx).slice(0, 120)}), loaded through the offline loader`);
  }

  loads.length = 0;
  let jsonldQuads;
  try {
    jsonldQuads = await jsonld.toRDF(doc, { documentLoader, safe: true });
  } catch (e) {
    fail(`${name}: jsonld.js toRDF (safe mode) rejects the output: ${e.message}`, [
      JSON.stringify(e.details ?? {}).slice(0, 500),
      ...(e.details?.cause?.message ? [`cause: ${e.details.cause.message}`] : []),
    ]);
    continue;
  }
  check(loads.every((u) => u.endsWith('context.jsonld')), `${name}: no remote document loaded`, [`loads: ${loads.join(', ')}`]);

  const turtle = parseRdf(build(args, 'turtle'), 'text/turtle');
  const nquads = parseRdf(build(args, 'nquads'), 'application/n-quads');

  await compareSets(`${name}: JSON-LD triples vs Turtle`,
    jsonldQuads.map(tripleToNt), turtle.map(tripleToNt), 'JSON-LD', 'Turtle');
  await compareSets(`${name}: JSON-LD quads vs N-Quads`,
    jsonldQuads.map(quadToNq), nquads.map(quadToNq), 'JSON-LD', 'N-Quads');

  const graphs = new Set(jsonldQuads.filter((q) => q.graph.termType !== 'DefaultGraph').map((q) => q.graph.value));
  check(graphs.size >= 1, `${name}: the JSON-LD names ${graphs.size} report graph(s)`);
}

finish();
