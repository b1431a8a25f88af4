// The peer of bench/run.sh: wink-nlp (with its English lite model) reads
// every report of a corpus directory, splits it into sentences and tokens
// and finds its entities — the first stages of what stancegraph does, by
// the fastest JavaScript NLP pipeline we know of. Prints one JSON line:
// seconds (model loading excluded), MB/s, sentences/s, tokens and entities.
// Usage: node bench/wink_peer.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const nlp = winkNLP(model);
const its = nlp.its;
let bytes = 0, sentences = 0, tokens = 0, entities = 0;
const start = process.hrtime.bigint();
for (const f of files) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp.readDoc(text);
  sentences += doc.sentences().length();
  tokens += doc.tokens().length();
  entities += doc.entities().out(its.value).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ peer: 'wink-nlp', seconds, mb_per_s: bytes / 1e6 / seconds, sentences_per_s: sentences / seconds, tokens, entities }));
