// graphql-js measured on the same documents and data as the BenchmarkDotNet suite:
// parse (the anchor query, the schema kitchen sink, GitHub's schema), validate, execute, and
// parse + validate + execute, for the anchor operations of issue 8.
//
//   node graphql-js.mjs [--quick] [--results FILE]   time everything; print a table; write JSON
//   node graphql-js.mjs --write-expected             write ../Workload/expected/*.json
//
// Before any timing, each operation's response must equal the checked-in expected JSON, the
// same file MentorGraph's `--verify` compares its own responses with: so both engines are
// known to answer identically before their figures are put side by side.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const workload = (name) => here(`../Workload/${name}`);
const read = (path) => readFileSync(path, 'utf8');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const resultsAt = args.indexOf('--results');
const resultsPath = resultsAt >= 0 ? args[resultsAt + 1] : null;

// --- The anchor workload, as AnchorWorkload.cs builds it. ---------------------------------
const schema = buildSchema(read(workload('anchor.graphql')));
const data = JSON.parse(read(workload('mentors.json')));
const mentorsById = new Map(data.mentors.map((mentor) => [mentor.id, mentor]));
// The default resolver reads every field from the JSON; a function on the root value is how
// graphql-js's default resolver takes arguments, here for Query.mentor(id:) only.
const rootValue = { ...data, mentor: ({ id }) => mentorsById.get(id) ?? null };
const queries = {
  Large: read(workload('mentor-directory.graphql')),
  Small: read(workload('mentor-small.graphql')),
};
const expectedFile = { Large: 'mentor-directory.json', Small: 'mentor-small.json' };

const run = (text) => {
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`invalid: ${errors.map((error) => error.message).join('; ')}`);
  }
  return execute({ schema, document, rootValue });
};

if (args.includes('--write-expected')) {
  mkdirSync(workload('expected'), { recursive: true });
  for (const [name, text] of Object.entries(queries)) {
    const json = JSON.stringify(run(text));
    writeFileSync(workload(`expected/${expectedFile[name]}`), `${json}\n`);
    console.log(`wrote Workload/expected/${expectedFile[name]} (${Buffer.byteLength(json)} bytes)`);
  }
  process.exit(0);
}

for (const [name, text] of Object.entries(queries)) {
  const expected = read(workload(`expected/${expectedFile[name]}`)).trimEnd();
  const actual = JSON.stringify(run(text));
  if (actual !== expected) {
    console.error(`graphql-js's answer to the ${name} query differs from Workload/expected/${expectedFile[name]}: not timing anything.`);
    process.exit(1);
  }
}
console.log('graphql-js answers both anchor queries with the expected JSON.');

// --- Parse inputs. ---------------------------------------------------------------------------
const gitHubSchemaPath = here('node_modules/@octokit/graphql-schema/schema.graphql');
if (!existsSync(gitHubSchemaPath)) {
  console.error('GitHub\'s schema is missing: run `npm ci` in tests/MentorGraph.Benchmarks/compare (it provides node_modules/@octokit/graphql-schema/schema.graphql).');
  process.exit(1);
}
const parseInputs = {
  AnchorQuery: queries.Large,
  KitchenSinkSchema: read(here('../../MentorGraph.GraphQL.Tests/Language/Fixtures/schema-kitchen-sink.graphql')),
  GitHubSchema: read(gitHubSchemaPath),
};

// --- Timing. ---------------------------------------------------------------------------------
// Like BenchmarkDotNet: a warm-up, then measured iterations of about `iterationMs` each, each
// running the operation as many times as fit; the mean is over all operations measured.
const warmupIterations = quick ? 3 : 4;
const measuredIterations = quick ? 3 : 12;
const iterationMs = quick ? 250 : 500;

function measure(id, operation) {
  // Pilot: how many operations fill one iteration.
  let perIteration = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perIteration; i++) operation();
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= iterationMs / 4) {
      perIteration = Math.max(1, Math.round((perIteration * iterationMs) / elapsedMs));
      break;
    }
    perIteration *= 2;
  }
  const samples = [];
  for (let iteration = 0; iteration < warmupIterations + measuredIterations; iteration++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perIteration; i++) operation();
    const elapsedNs = Number(process.hrtime.bigint() - start);
    if (iteration >= warmupIterations) samples.push(elapsedNs / perIteration);
  }
  const meanNs = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  const stdDevNs = Math.sqrt(samples.reduce((sum, value) => sum + (value - meanNs) ** 2, 0) / Math.max(1, samples.length - 1));
  const result = { id, meanNs, stdDevNs, opsPerSec: 1e9 / meanNs };
  console.log(`${id.padEnd(28)} ${formatNs(meanNs).padStart(12)} ± ${formatNs(stdDevNs).padStart(10)}   ${Math.round(result.opsPerSec).toLocaleString('en-US').padStart(12)} ops/s`);
  return result;
}

function formatNs(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

console.log(`graphql-js ${version} on Node ${process.version}${quick ? ' (quick)' : ''}`);
const loadAverageAtStart = loadavg().map((value) => value.toFixed(2)).join(' ');
const results = [];
for (const [name, text] of Object.entries(parseInputs)) {
  results.push(measure(`Parse.${name}`, () => parse(text)));
}
for (const [name, text] of Object.entries(queries)) {
  const document = parse(text);
  results.push(measure(`Validate.${name}`, () => validate(schema, document)));
}
for (const [name, text] of Object.entries(queries)) {
  const document = parse(text);
  results.push(measure(`Execute.${name}`, () => execute({ schema, document, rootValue })));
}
for (const [name, text] of Object.entries(queries)) {
  results.push(measure(`ParseValidateExecute.${name}`, () => run(text)));
}

if (resultsPath) {
  writeFileSync(resultsPath, JSON.stringify({ graphql: version, node: process.version, quick, loadAverageAtStart, loadAverageAtEnd: loadavg().map((value) => value.toFixed(2)).join(' '), results }, null, 2));
  console.log(`Results written to ${resultsPath}`);
}
