// The Cypher export (-f cypher) against Neo4j's own Cypher parser and
// semantic analysis (the @neo4j-cypher/language-support package, the front
// end of Neo4j's editors), and against the N-Quads of the same input.
//
// No Neo4j server runs here, so the test also plays the script: it reads
// every UNWIND list with a reader of Cypher literals written from the
// Cypher manual's escape rules (independent of the C++ writer), applies
// MERGE / SET / MATCH as Neo4j would to an in-memory property graph, and
// compares that graph with the RDF: nodes per label and relationships per
// type equal the classes and links of the N-Quads, and every literal comes
// back exactly (the awkward corpus has quotes, backslashes, a tab, emoji).
// The Cypher queries of docs/neo4j.md are checked by the same analyser.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { abort, build, check, corpora, e2eDir, finish, requireInputs, requirePackages, sourceDir } from './common.mjs';

const [n3] = await requirePackages('n3');
requireInputs();
// The package's ES module build does not load on Node 20; its CommonJS one does.
let cypher;
try {
  cypher = createRequire(path.join(e2eDir, 'package.json'))('@neo4j-cypher/language-support');
} catch (e) {
  abort(`cannot load @neo4j-cypher/language-support (${e.message.split('\n')[0]}): run scripts/install-deps.sh --test`);
}

const SG = 'https://w3id.org/stancegraph/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

// docs/neo4j.md's mapping, restated: predicate -> property (list or not) or relationship type.
const properties = {
  'http://www.w3.org/2000/01/rdf-schema#label': ['label', false],
  'http://www.w3.org/2004/02/skos/core#altLabel': ['altLabels', true],
  'http://purl.org/dc/terms/title': ['title', false],
  'http://purl.org/dc/terms/date': ['date', false],
  'http://purl.org/dc/terms/identifier': ['identifiers', true],
  'http://purl.org/dc/terms/source': ['source', false],
  [SG + 'iso3166']: ['iso3166', false],
  [SG + 'orgKind']: ['orgKind', false],
  [SG + 'title']: ['title', false],
  [SG + 'text']: ['text', false],
  [SG + 'citation']: ['citations', true],
  [SG + 'citationInferred']: ['citationInferred', false],
  [SG + 'start']: ['start', false],
  [SG + 'end']: ['end', false],
  [SG + 'date']: ['date', false],
  [SG + 'negated']: ['negated', false],
  [SG + 'quantity']: ['quantity', false],
  [SG + 'attributionVerb']: ['attributionVerb', false],
  [SG + 'topic']: ['topic', false],
  [SG + 'rule']: ['rules', true],
  [SG + 'trigger']: ['triggers', true],
  [SG + 'eventType']: ['eventType', false],
  [SG + 'modality']: ['modality', false],
  [SG + 'memberType']: ['memberType', false],
};
const relationships = {
  [SG + 'actor']: 'ACTOR',
  [SG + 'target']: 'TARGET',
  [SG + 'location']: 'LOCATION',
  [SG + 'attributedTo']: 'ATTRIBUTED_TO',
  [SG + 'reportedBy']: 'REPORTED_BY',
  [SG + 'inReport']: 'IN_REPORT',
  [SG + 'cites']: 'CITES',
  [SG + 'partOf']: 'PART_OF',
  [SG + 'forceOf']: 'FORCE_OF',
  [SG + 'locatedIn']: 'LOCATED_IN',
  [SG + 'holdsPosition']: 'HOLDS_POSITION',
  [SG + 'positionIn']: 'POSITION_IN',
  'http://www.w3.org/ns/prov#wasDerivedFrom': 'DERIVED_FROM',
};
const actorClasses = ['State', 'Organization', 'ArmedForce', 'Person', 'ActorGroup'];

// ------------------------------------------------------------ Cypher literals

class Dated {
  constructor(iso) {
    this.iso = iso;
  }
}

// Reads one Cypher literal expression (map, list, string, number, boolean,
// date('...')) from text[pos]; returns [value, next position].
function readLiteral(text, pos) {
  const ws = () => {
    while (/\s/.test(text[pos])) pos++;
  };
  const fail = (what) => {
    throw new Error(`${what} at offset ${pos}: ${JSON.stringify(text.slice(pos, pos + 40))}`);
  };
  const value = () => {
    ws();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const map = {};
      ws();
      if (text[pos] === '}') return pos++, map;
      for (;;) {
        ws();
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(pos, pos + 200));
        if (!key) fail('expected a property key');
        pos += key[0].length;
        ws();
        if (text[pos++] !== ':') fail("expected ':'");
        if (key[0] in map) fail(`duplicate key ${key[0]}`);
        map[key[0]] = value();
        ws();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') return pos++, map;
        else fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      pos++;
      const list = [];
      ws();
      if (text[pos] === ']') return pos++, list;
      for (;;) {
        list.push(value());
        ws();
        if (text[pos] === ',') pos++;
        else if (text[pos] === ']') return pos++, list;
        else fail("expected ',' or ']'");
      }
    }
    if (c === "'" || c === '"') return string();
    if (text.startsWith('date(', pos)) {
      pos += 5;
      const iso = string();
      if (text[pos++] !== ')') fail("expected ')'");
      return new Dated(iso);
    }
    if (text.startsWith('true', pos)) return (pos += 4), true;
    if (text.startsWith('false', pos)) return (pos += 5), false;
    const num = /^-?\d+(\.\d+)?(e[-+]?\d+)?/.exec(text.slice(pos, pos + 40));
    if (num) {
      pos += num[0].length;
      return num[1] || num[2] ? Number(num[0]) : BigInt(num[0]);
    }
    fail('unexpected input');
  };
  // The escapes of the Cypher manual: \t \b \n \r \f \' \" \\ \uXXXX \UXXXXXXXX.
  const string = () => {
    const quote = text[pos++];
    let out = '';
    for (;;) {
      const c = text[pos++];
      if (c === undefined) fail('unterminated string');
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[pos++];
      const simple = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', "'": "'", '"': '"', '\\': '\\' };
      if (e in simple) out += simple[e];
      else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(pos, pos + 4))) {
        out += String.fromCharCode(parseInt(text.slice(pos, pos + 4), 16));
        pos += 4;
      } else if (e === 'U' && /^[0-9A-Fa-f]{8}$/.test(text.slice(pos, pos + 8))) {
        out += String.fromCodePoint(parseInt(text.slice(pos, pos + 8), 16));
        pos += 8;
      } else fail(`not an escape the Cypher manual defines: \\${e}`);
    }
  };
  const v = value();
  return [v, pos];
}

// ------------------------------------------------------------ playing the script

const nodeTail = /^MERGE \(n:Resource \{iri: row\.iri\}\)\s+SET n = row(?:, n((?::[A-Za-z][A-Za-z0-9_]*)+))?$/;
const relTail = /^MATCH \(a:Resource \{iri: row\.s\}\)\s+MATCH \(b:Resource \{iri: row\.o\}\)\s+MERGE \(a\)-\[:([A-Z][A-Z0-9_]*)\]->\(b\)$/;
const stanceTail =
  /^MATCH \(a:Resource \{iri: row\.s\}\)\s+MATCH \(b:Resource \{iri: row\.o\}\)\s+MERGE \(a\)-\[r:STANCE \{iri: row\.p\.iri\}\]->\(b\)\s+SET r = row\.p$/;

function play(statements, db) {
  for (const raw of statements) {
    const st = raw.replace(/^(\s*\/\/.*\n)+/, '').trim().replace(/;$/, '');
    if (st.startsWith('CREATE CONSTRAINT')) {
      db.constraints.add(st);
      continue;
    }
    if (!st.startsWith('UNWIND [')) throw new Error(`unexpected statement: ${st.slice(0, 80)}`);
    const [rows, end] = readLiteral(st, 'UNWIND '.length);
    const rest = st.slice(end).trim();
    if (!rest.startsWith('AS row')) throw new Error(`no 'AS row' after the list: ${rest.slice(0, 60)}`);
    const tail = rest.slice('AS row'.length).trim();
    let m;
    if ((m = nodeTail.exec(tail))) {
      const labels = m[1] ? m[1].split(':').filter(Boolean) : [];
      for (const row of rows) {
        if (!db.nodes.has(row.iri)) db.nodes.set(row.iri, { labels: new Set(['Resource']), props: {} });
        const n = db.nodes.get(row.iri);
        n.props = { ...row };
        for (const l of labels) n.labels.add(l);
      }
    } else if ((m = relTail.exec(tail)) || (m = stanceTail.exec(tail))) {
      const type = m[1] ?? 'STANCE';
      for (const row of rows) {
        if (!db.nodes.has(row.s) || !db.nodes.has(row.o)) {
          db.dangling.push(`${type} ${row.s} -> ${row.o}`);
          continue;
        }
        const key = `${type} ${row.s} ${row.o}${row.p ? ' ' + row.p.iri : ''}`;
        db.rels.set(key, { type, s: row.s, o: row.o, props: row.p ? { ...row.p } : {} });
      }
    } else {
      throw new Error(`unexpected statement shape: ${tail.slice(0, 120)}`);
    }
  }
}

// ------------------------------------------------------------ the RDF side

// Blank nodes become nodes keyed "_:label", as the export keys them.
function readQuads(nq) {
  const named = (t) => (t.termType === 'BlankNode' ? { termType: 'NamedNode', value: `_:${t.value}` } : t);
  return new n3.Parser({ format: 'application/n-quads', blankNodePrefix: '' })
    .parse(nq)
    .map((q) => ({ subject: named(q.subject), predicate: q.predicate, object: named(q.object), graph: q.graph }));
}

const localName = (iri) => iri.replace(/^.*[#/:]/, '');
const upperSnake = (name) => name.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]/g, '_').toUpperCase();

// A literal as the Cypher export should give it.
function expected(term) {
  if (term.termType !== 'Literal') return term.value.startsWith(SG) ? term.value.slice(SG.length) : term.value;
  const dt = term.datatype.value;
  if (dt === XSD + 'integer') return BigInt(term.value);
  if (dt === XSD + 'boolean') return term.value === 'true';
  if (dt === XSD + 'date') return new Dated(term.value);
  return term.value;
}
const show = (v) => (v instanceof Dated ? `date(${v.iso})` : typeof v === 'bigint' ? `${v}` : JSON.stringify(v));

const analysed = new Set();
function compare(name, nq, script) {
  // Syntax: Neo4j's parser, statement by statement, in one pass.
  const parsed = cypher.parserWrapper.parse(script);
  const errors = parsed.statementsParsing.flatMap((s) => s.syntaxErrors.map((e) => `${e.message} (line ${e.range.start.line + 1})`));
  check(errors.length === 0, `${name}: all ${parsed.statementsParsing.length} statements parse`, errors.slice(0, 5));
  const kinds = new Set(parsed.statementsParsing.map((s) => s.command.type));
  check(kinds.size === 1 && kinds.has('cypher'), `${name}: every statement is Cypher (no shell commands)`, [...kinds]);

  // Semantics (slow: about half a second a statement): each kind of
  // statement once, with its list cut to the first row.
  const statements = cypher.parseStatementsStrs(script);
  const semantic = [];
  let shapes = 0;
  for (const st of statements) {
    const shape = st.trim().replace(/^UNWIND \[\n(.*?),?\n(?:.*\n)*?\] AS row/, (all, first) => `UNWIND [\n${first}\n] AS row`);
    const kind = shape.replace(/^UNWIND \[\n.*\n\]/, '').replace(/:[A-Za-z_:]+/g, ':X');
    if (analysed.has(kind)) continue;
    analysed.add(kind);
    shapes++;
    for (const d of cypher.lintCypherQuery(shape, {})) semantic.push(`${d.message}: ${shape.slice(-120).replace(/\n/g, ' ')}`);
  }
  check(semantic.length === 0, `${name}: every kind of statement passes Neo4j's semantic analysis (${shapes} new here)`, semantic.slice(0, 5));
  // Neo4j may read \u escapes before it finds where a string ends, so a
  // quote or a backslash must never be written as one.
  const risky = /(^|[^\\])(\\\\)*\\u00(27|22|5[Cc])/.exec(script);
  check(!risky, `${name}: no quote or backslash is written as a \\u escape`, risky ? [risky[0]] : []);

  const db = { nodes: new Map(), rels: new Map(), constraints: new Set(), dangling: [] };
  try {
    play(statements, db);
  } catch (e) {
    check(false, `${name}: the script plays`, [e.message]);
    return;
  }
  check(db.constraints.size === 1 && /^(\/\/.*\n)*CREATE CONSTRAINT .* REQUIRE n\.iri IS UNIQUE;?$/.test(statements[0].trim()),
    `${name}: the uniqueness constraint on iri comes first`);
  check(db.dangling.length === 0, `${name}: every relationship's ends are nodes written before it`, db.dangling.slice(0, 3));
  const size = [db.nodes.size, db.rels.size];
  play(statements, db);
  check(db.nodes.size === size[0] && db.rels.size === size[1], `${name}: playing the script twice changes nothing`);

  const quads = readQuads(nq);
  const types = new Map(); // subject -> Set of classes (local names)
  const inGraph = new Map(); // subject -> graph
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE) {
      if (!types.has(q.subject.value)) types.set(q.subject.value, new Set());
      types.get(q.subject.value).add(localName(q.object.value));
      if (q.graph.termType === 'NamedNode') inGraph.set(q.subject.value, q.graph.value);
    }
  }
  const summaries = new Set([...types].filter(([, t]) => t.has('StanceSummary')).map(([s]) => s));

  // Nodes per label.
  const rdfCount = new Map();
  const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  const subjects = new Set(quads.map((q) => q.subject.value).filter((s) => !summaries.has(s)));
  for (const s of subjects) {
    const t = types.get(s) ?? new Set();
    const labels = new Set(t);
    if (t.has('ArmedForce')) labels.add('Organization');
    if (actorClasses.some((c) => t.has(c))) labels.add('Actor');
    labels.add('Resource');
    for (const l of labels) add(rdfCount, l);
  }
  const graphCount = new Map();
  for (const n of db.nodes.values()) for (const l of n.labels) add(graphCount, l);
  const labelDiff = [...new Set([...rdfCount.keys(), ...graphCount.keys()])]
    .filter((l) => rdfCount.get(l) !== graphCount.get(l))
    .map((l) => `${l}: RDF ${rdfCount.get(l) ?? 0}, Cypher ${graphCount.get(l) ?? 0}`);
  check(labelDiff.length === 0 && graphCount.get('Assertion') > 0,
    `${name}: nodes per label equal the RDF classes (${[...graphCount].sort().map(([l, c]) => `${l} ${c}`).join(', ')})`, labelDiff);

  // Relationships per type.
  const rdfRels = new Map();
  const pairs = new Set();
  for (const q of quads) {
    if (summaries.has(q.subject.value)) continue;
    let type = relationships[q.predicate.value];
    // A predicate of the user's own, to another node: its local name in upper snake case.
    const own = !type && !properties[q.predicate.value] && q.predicate.value !== RDF_TYPE;
    if (own && subjects.has(q.object.value)) type = upperSnake(localName(q.predicate.value));
    if (type) pairs.add(`${type} ${q.subject.value} ${q.object.value}`);
  }
  for (const [s, t] of types) if (t.has('Assertion') && inGraph.has(s)) pairs.add(`IN_REPORT ${s} ${inGraph.get(s)}`);
  for (const p of pairs) add(rdfRels, p.split(' ')[0]);
  for (const s of summaries) if (quads.some((q) => q.subject.value === s && q.predicate.value === SG + 'target')) add(rdfRels, 'STANCE');
  const graphRels = new Map();
  for (const r of db.rels.values()) add(graphRels, r.type);
  const relDiff = [...new Set([...rdfRels.keys(), ...graphRels.keys()])]
    .filter((t) => rdfRels.get(t) !== graphRels.get(t))
    .map((t) => `${t}: RDF ${rdfRels.get(t) ?? 0}, Cypher ${graphRels.get(t) ?? 0}`);
  check(relDiff.length === 0 && graphRels.get('DERIVED_FROM') > 0,
    `${name}: relationships per type equal the RDF links (${[...graphRels].sort().map(([t, c]) => `${t} ${c}`).join(', ')})`, relDiff);
  const missingPairs = [...pairs].filter((p) => {
    const [type, s, o] = p.split(' ');
    return !db.rels.has(`${type} ${s} ${o}`);
  });
  check(missingPairs.length === 0, `${name}: every RDF link is the relationship between the same two nodes`, missingPairs.slice(0, 3));

  // Every literal comes back, typed. A property that is no list keeps one
  // value: of several (a position's canonical title and the title as the
  // report wrote it), the first in term order.
  const bad = [];
  const values = new Map();  // "subject key" of a property that is no list -> its RDF values
  for (const q of quads) {
    const prop = properties[q.predicate.value];
    if (!prop || prop[1] || summaries.has(q.subject.value)) continue;
    const k = `${q.subject.value} ${prop[0]}`;
    if (!values.has(k)) values.set(k, []);
    values.get(k).push(q.object.value);
  }
  for (const q of quads) {
    const prop = properties[q.predicate.value];
    if (!prop || summaries.has(q.subject.value)) continue;
    const node = db.nodes.get(q.subject.value);
    const [key, isList] = prop;
    const want = expected(q.object);
    const got = node?.props[key];
    const same = (a, b) => show(a) === show(b);
    const several = isList ? [] : values.get(`${q.subject.value} ${key}`);
    if (!isList && several.length > 1) {
      const first = [...several].sort()[0];
      if (q.object.value === first && !same(got, want)) bad.push(`${q.subject.value} ${key}: want ${show(want)} (first of ${several.length}), got ${show(got)}`);
      continue;
    }
    const found = isList ? Array.isArray(got) && got.some((g) => same(g, want)) : same(got, want);
    if (!found) bad.push(`${q.subject.value} ${key}: want ${show(want)}, got ${show(got)}`);
  }
  check(bad.length === 0, `${name}: every literal is its node's property, with its type`, bad.slice(0, 5));

  // Each stance summary is one STANCE relationship with its facts.
  const stanceBad = [];
  const stances = new Map([...db.rels.values()].filter((r) => r.type === 'STANCE').map((r) => [r.props.iri, r]));
  for (const s of summaries) {
    const mine = quads.filter((q) => q.subject.value === s);
    const one = (p) => mine.find((q) => q.predicate.value === SG + p)?.object;
    if (!one('target')) continue;
    const r = stances.get(s);
    if (!r) {
      stanceBad.push(`no STANCE for ${s}`);
      continue;
    }
    const members = mine.filter((q) => q.predicate.value === SG + 'summarizes').map((q) => q.object.value).sort();
    if (r.s !== one('actor').value || r.o !== one('target').value) stanceBad.push(`${s}: wrong ends`);
    if (r.props.count !== BigInt(one('assertionCount').value)) stanceBad.push(`${s}: count ${r.props.count}`);
    if (r.props.eventType !== expected(one('eventType'))) stanceBad.push(`${s}: eventType ${r.props.eventType}`);
    if (r.props.negated !== expected(one('negated'))) stanceBad.push(`${s}: negated`);
    if (one('firstDate') && r.props.firstDate?.iso !== one('firstDate').value) stanceBad.push(`${s}: firstDate`);
    if (JSON.stringify([...r.props.assertions].sort()) !== JSON.stringify(members)) stanceBad.push(`${s}: assertions`);
  }
  check(stanceBad.length === 0, `${name}: ${stances.size} STANCE relationships carry their summaries`, stanceBad.slice(0, 5));
  return db;
}

// The awkward report merged with a user's own annotations (other
// vocabularies, a blank node, a name that clashes with the export's).
const annotated = {
  name: 'annotated',
  args: [...corpora.find((c) => c.name === 'awkward').args, '--merge', path.join(sourceDir, 'tests', 'data', 'neo4j', 'annotations.ttl')],
};
for (const corpus of [...corpora, annotated]) {
  const script = build(corpus.args, 'cypher');
  check(/^[\x00-\x7F]*$/.test(script), `${corpus.name}: the script is pure ASCII`);
  check(build(corpus.args, 'cypher') === script, `${corpus.name}: the same input gives the same bytes`);
  const db = compare(corpus.name, build(corpus.args, 'nquads'), script);
  if (corpus.name === 'annotated' && db) {
    const td = db.nodes.get('https://w3id.org/stancegraph/id/state/TD')?.props ?? {};
    check(td.label === 'Chad' && td.label_2 === 'clashes with rdfs:label' && td.population === 18000000n &&
      td.reviewed?.iso === '2025-01-12' && td.note?.includes('a second \'note\' with a back\\slash and "quotes"'),
      "annotated: a user's own predicates keep their local names, types and values (ex:label as label_2)", [JSON.stringify(td, (k, v) => (typeof v === 'bigint' ? `${v}` : v))]);
    const blank = [...db.nodes].find(([iri, n]) => iri.startsWith('_:') && n.labels.has('Annotation'));
    check(blank && [...db.rels.values()].some((r) => r.type === 'ABOUT' && r.s === blank[0]),
      'annotated: a blank node is a node keyed _:label, with its class as label and its links');
  }
  if (corpus.name === 'awkward' && db) {
    const texts = [...db.nodes.values()].map((n) => n.props.text).filter(Boolean);
    check(texts.some((t) => t.includes('back\\slash') && t.includes('“sovereignty” 🇹🇩') && t.includes('\\"monitoring\\"')),
      'awkward: backslashes, curly quotes and emoji come back from the script as written');
  }
}

// The queries of docs/neo4j.md.
const doc = fs.readFileSync(path.join(sourceDir, 'docs', 'neo4j.md'), 'utf8');
const queries = [...doc.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]);
check(queries.length >= 4, `docs/neo4j.md has ${queries.length} Cypher examples`);
for (const q of queries) {
  const d = cypher.lintCypherQuery(q, {});
  check(d.length === 0, `docs/neo4j.md: ${q.split('\n').find((l) => l && !l.startsWith('//'))?.slice(0, 60)} ...`, d.map((x) => x.message));
}
finish();
