// Oxigraph's answers, as SPARQL 1.1 CSV, for `stancegraph query`'s test
// (query_cli.sh) to compare byte for byte:
//   node oxigraph_csv.mjs GRAPH.nq OUTDIR QUERY.rq...
// writes OUTDIR/NAME.csv for each QUERY (NAME = its file name without
// .rq), querying the union of the default graph and the named graphs, as
// queries/README.md tells users to.
import fs from 'node:fs';
import path from 'node:path';
import { abort, requirePackages } from './common.mjs';

const [oxigraph] = await requirePackages('oxigraph');
const [graphFile, outDir, ...queryFiles] = process.argv.slice(2);
if (!graphFile || !outDir || queryFiles.length === 0) abort('usage: node oxigraph_csv.mjs GRAPH.nq OUTDIR QUERY.rq...');

const store = new oxigraph.Store();
try {
  store.load(fs.readFileSync(graphFile, 'utf8'), { format: 'application/n-quads' });
} catch (e) {
  abort(`Oxigraph cannot load ${graphFile}: ${e.message ?? e}`);
}
for (const file of queryFiles) {
  const name = path.basename(file, '.rq');
  try {
    const csv = store.query(fs.readFileSync(file, 'utf8'), { use_default_graph_as_union: true, results_format: 'csv' });
    fs.writeFileSync(path.join(outDir, `${name}.csv`), csv);
  } catch (e) {
    abort(`Oxigraph cannot answer ${file}: ${e.message ?? e}`);
  }
}
