// The graphs the CLI writes conform to the SHACL shapes shipped in
// ontologies/shapes.ttl, checked with rdf-validate-shacl:
//   - the Turtle output of the seed report and of the example reports
//     conforms (every violation is printed otherwise);
//   - broken copies of the seed's (or without ../shared, the examples')
//     N-Triples output do NOT conform, each with
//     a violation on the very node and property that was broken, which
//     proves the validator reads the shapes and targets the data:
//       an assertion without its sg:eventType,
//       an assertion without any sg:actor,
//       an assertion whose sg:date lost its xsd:date datatype.
import fs from 'node:fs';
import path from 'node:path';
import { abort, build, check, corpora, fail, finish, ok, requireInputs, requirePackages, sourceDir } from './common.mjs';

const [N3, SHACLValidator] = await requirePackages('n3', 'rdf-validate-shacl');
requireInputs();

const SG = 'https://w3id.org/stancegraph/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const shapesPath = path.join(sourceDir, 'ontologies', 'shapes.ttl');
if (!fs.existsSync(shapesPath)) abort(`the SHACL shapes ${shapesPath} are missing`);

function parse(text, format, what) {
  try {
    return new N3.Parser({ format }).parse(text);
  } catch (e) {
    abort(`n3 cannot parse ${what}: ${e.message}`);
  }
}

const shapes = parse(fs.readFileSync(shapesPath, 'utf8'), 'text/turtle', shapesPath);
check(shapes.some((q) => q.predicate.value === 'http://www.w3.org/ns/shacl#targetClass' && q.object.value === `${SG}Assertion`),
  'shapes.ttl has a shape targeting sg:Assertion');

// A fresh validator per data graph: the engine keeps counters between runs.
async function validate(quads) {
  const validator = new SHACLValidator(shapes);
  try {
    return await validator.validate(validator.factory.dataset(quads));
  } catch (e) {
    abort(`rdf-validate-shacl failed: ${e.message}`);
  }
}

function describe(report, limit = 20) {
  const lines = report.results.slice(0, limit).map((r) => {
    const msg = r.message.map((m) => m.value).join('; ');
    return `${r.focusNode?.value} ${r.path?.value ?? ''}: ${msg || r.sourceConstraintComponent?.value}`;
  });
  if (report.results.length > limit) lines.push(`... and ${report.results.length - limit} more`);
  return lines;
}

for (const { name, args } of corpora) {
  const quads = parse(build(args, 'turtle'), 'text/turtle', `the ${name} Turtle output`);
  const report = await validate(quads);
  check(report.conforms, `${name}: the Turtle output (${quads.length} triples) conforms to shapes.ttl`, () => [
    `${report.results.length} violation(s):`, ...describe(report),
  ]);
}

// Broken copies of the first corpus's N-Triples (the seed's, when ../shared
// is there), edited as text.
const first = corpora[0];
const lines = build(first.args, 'ntriples').split('\n').filter(Boolean);
const pred = (line) => line.split(' ')[1];
const subj = (line) => line.split(' ')[0];
const iri = (t) => t.slice(1, -1);

const firstAssertionWith = (p) => {
  const typed = new Set(lines.filter((l) => pred(l) === `<${RDF_TYPE}>` && l.includes(`<${SG}Assertion>`)).map(subj));
  const line = lines.find((l) => pred(l) === `<${SG}${p}>` && typed.has(subj(l)));
  if (!line) abort(`the ${first.name} N-Triples has no assertion with sg:${p} to break`);
  return subj(line);
};

const breakages = [
  {
    what: 'an assertion without its sg:eventType',
    property: 'eventType',
    edit(node) {
      return lines.filter((l) => !(subj(l) === node && pred(l) === `<${SG}eventType>`));
    },
  },
  {
    what: 'an assertion without any sg:actor',
    property: 'actor',
    edit(node) {
      return lines.filter((l) => !(subj(l) === node && pred(l) === `<${SG}actor>`));
    },
  },
  {
    what: 'an assertion whose sg:date is a plain string',
    property: 'date',
    edit(node) {
      return lines.map((l) => (subj(l) === node && pred(l) === `<${SG}date>`
        ? l.replace(/\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#date>/, '') : l));
    },
  },
];

for (const { what, property, edit } of breakages) {
  const node = firstAssertionWith(property);
  const broken = edit(node);
  if (broken.join('\n') === lines.join('\n')) {
    fail(`${first.name}, ${what}: the edit changed nothing`);
    continue;
  }
  const report = await validate(parse(broken.join('\n') + '\n', 'application/n-triples', `the broken ${first.name} (${what})`));
  const hit = report.results.some((r) => r.focusNode?.value === iri(node) && r.path?.value === `${SG}${property}`);
  if (!report.conforms && hit) {
    ok(`${first.name}, ${what}: does not conform, with a violation on ${iri(node).replace(/.*\//, '')} sg:${property}`);
  } else {
    fail(`${first.name}, ${what}: ${report.conforms ? 'conforms' : 'no violation names that node and sg:' + property}`, describe(report));
  }
}

finish();
