// The SPARQL aggregation that docs/scale.md gives for computing stance
// summaries in a triple store (after a --stream run, which writes none)
// must give exactly the sg:StanceSummary nodes stancegraph writes: the same
// actor, event type, target, polarity, assertion count and first date, on
// the project's own corpus and examples.
import fs from 'node:fs';
import path from 'node:path';
import { abort, build, check, finish, requireInputs, requirePackages, sourceDir } from './common.mjs';

const [oxigraph] = await requirePackages('oxigraph');
requireInputs();

const doc = fs.readFileSync(path.join(sourceDir, 'docs', 'scale.md'), 'utf8');
const match = doc.match(/```sparql\n([\s\S]*?)```/);
if (!match) abort('docs/scale.md has no ```sparql block');
const query = match[1];

const dir = (d) => fs.readdirSync(path.join(sourceDir, d)).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => path.join(sourceDir, d, f));
const reports = [...dir('tests/data/corpus'), ...dir('examples/reports')];
const store = new oxigraph.Store();
store.load(build(reports, 'nquads'), { format: 'application/n-quads' });

const key = (r, names) => names.map((n) => (r.get(n) ? r.get(n).value : '-')).join(' | ');
const fromQuery = [];
for (const r of store.query(query)) {
  fromQuery.push(key(r, ['actor', 'eventType', 'target', 'negated', 'assertionCount', 'firstDate']));
}
const fromSummaries = [];
// The summaries sit in a named graph of their own (docs/vocabulary.md).
const written = `PREFIX sg: <https://w3id.org/stancegraph/ontology#>
  SELECT ?actor ?eventType ?target ?negated ?assertionCount ?firstDate WHERE {
    GRAPH <https://w3id.org/stancegraph/id/graph/summaries> {
      ?s a sg:StanceSummary ; sg:actor ?actor ; sg:eventType ?eventType ; sg:negated ?negated ;
         sg:assertionCount ?assertionCount .
      OPTIONAL { ?s sg:target ?target } OPTIONAL { ?s sg:firstDate ?firstDate } } }`;
for (const r of store.query(written)) {
  fromSummaries.push(key(r, ['actor', 'eventType', 'target', 'negated', 'assertionCount', 'firstDate']));
}
fromQuery.sort();
fromSummaries.sort();
check(fromSummaries.length > 50, `${fromSummaries.length} summaries written for ${reports.length} reports`);
const missing = fromSummaries.filter((x) => !fromQuery.includes(x));
const extra = fromQuery.filter((x) => !fromSummaries.includes(x));
check(missing.length === 0 && extra.length === 0, 'the query of docs/scale.md gives exactly the written summaries',
  () => [...missing.slice(0, 3).map((x) => `written only: ${x}`), ...extra.slice(0, 3).map((x) => `query only: ${x}`)]);
finish();
