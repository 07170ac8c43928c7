// Puts MentorGraph's figures (BenchmarkDotNet, via --results) beside graphql-js's
// (graphql-js.mjs --results) in one markdown table, with the ratio of graphql-js's mean time
// to ours: "12×" means MentorGraph did the same work twelve times as fast.
//
//   node report.mjs MENTORGRAPH.json GRAPHQL-JS.json [--into ../../../docs/performance.md]
//
// With --into, the table replaces what stands between the markers
// <!-- benchmark-results:start --> and <!-- benchmark-results:end --> in that file.
import { readFileSync, writeFileSync } from 'node:fs';

const [oursPath, peerPath] = process.argv.slice(2);
const intoAt = process.argv.indexOf('--into');
const intoPath = intoAt >= 0 ? process.argv[intoAt + 1] : null;
if (!oursPath || !peerPath) {
  console.error('usage: node report.mjs MENTORGRAPH.json GRAPHQL-JS.json [--into FILE.md]');
  process.exit(2);
}
const ours = JSON.parse(readFileSync(oursPath, 'utf8'));
const peer = JSON.parse(readFileSync(peerPath, 'utf8'));
const oursById = new Map(ours.results.map((result) => [result.id, result]));
const peerById = new Map(peer.results.map((result) => [result.id, result]));

// [what is measured, MentorGraph's case, graphql-js's case or null]
const rows = [
  ['Parse the anchor query (292 B), from UTF-8 bytes', 'Parse.FromBytes.AnchorQuery', 'Parse.AnchorQuery'],
  ['Parse the anchor query, from a string', 'Parse.FromString.AnchorQuery', 'Parse.AnchorQuery'],
  ['Parse the schema kitchen sink (3.6 KB), from bytes', 'Parse.FromBytes.KitchenSinkSchema', 'Parse.KitchenSinkSchema'],
  ['Parse the schema kitchen sink, from a string', 'Parse.FromString.KitchenSinkSchema', 'Parse.KitchenSinkSchema'],
  ["Parse GitHub's schema (1.2 MB), from bytes", 'Parse.FromBytes.GitHubSchema', 'Parse.GitHubSchema'],
  ["Parse GitHub's schema, from a string", 'Parse.FromString.GitHubSchema', 'Parse.GitHubSchema'],
  ['Validate, large query', 'Validate.Validate.Large', 'Validate.Large'],
  ['Validate, small query', 'Validate.Validate.Small', 'Validate.Small'],
  ['Execute a compiled plan / `execute`, large query', 'Execute.ExecutePlan.Large', 'Execute.Large'],
  ['Execute a compiled plan / `execute`, small query', 'Execute.ExecutePlan.Small', 'Execute.Small'],
  ['Repeated request (cached) / parse+validate+execute, large', 'Execute.CachedRequest.Large', 'ParseValidateExecute.Large'],
  ['Repeated request (cached) / parse+validate+execute, small', 'Execute.CachedRequest.Small', 'ParseValidateExecute.Small'],
  ['Cold request (no cache) / parse+validate+execute, large', 'Execute.ColdRequest.Large', 'ParseValidateExecute.Large'],
  ['Cold request (no cache) / parse+validate+execute, small', 'Execute.ColdRequest.Small', 'ParseValidateExecute.Small'],
  ['HTTP POST through Kestrel on loopback, large (28 KB answer)', 'Http.Post.Large', null],
  ['HTTP POST through Kestrel on loopback, small', 'Http.Post.Small', null],
];

const time = (ns) => {
  if (ns == null) return '—';
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
};
const opsPerSecond = (ns) => (ns == null ? '—' : Math.round(1e9 / ns).toLocaleString('en-US'));
const bytes = (value) => {
  if (value == null) return '—';
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${value} B`;
};
const ratio = (oursNs, peerNs) => {
  if (oursNs == null || peerNs == null) return '—';
  const value = peerNs / oursNs;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
};

const lines = [
  '| Work | MentorGraph mean | ops/s | allocated | graphql-js mean | ops/s | MentorGraph vs graphql-js |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const [label, oursId, peerId] of rows) {
  const mine = oursById.get(oursId);
  const theirs = peerId ? peerById.get(peerId) : null;
  lines.push(`| ${label} | ${time(mine?.meanNs)} | ${opsPerSecond(mine?.meanNs)} | ${bytes(mine?.allocatedBytes)} | ${time(theirs?.meanNs)} | ${opsPerSecond(theirs?.meanNs)} | ${ratio(mine?.meanNs, theirs?.meanNs)} |`);
}
lines.push('');
lines.push(`MentorGraph on ${ours.runtime} (${ours.os}, ${ours.processorCount} cores); graphql-js ${peer.graphql} on Node ${peer.node}${peer.quick ? '; quick run (few iterations: indicative only)' : ''}.`);
lines.push(`Load average (1, 5, 15 min) during graphql-js's run: ${peer.loadAverageAtStart ?? 'not recorded'} at its start, ${peer.loadAverageAtEnd ?? 'not recorded'} at its end; during MentorGraph's: ${ours.loadAverageAtStart} at its start, ${ours.loadAverageAtEnd} at its end.`);
const table = lines.join('\n');

if (intoPath) {
  const start = '<!-- benchmark-results:start -->';
  const end = '<!-- benchmark-results:end -->';
  const text = readFileSync(intoPath, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`${intoPath} has no ${start} … ${end} markers.`);
    process.exit(1);
  }
  writeFileSync(intoPath, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
}
console.log(table);
