// The schema the API serves, read back through introspection by graphql-js, must be the
// published schema/mentorgraph.graphql. Each named type, each directive and the root
// operation types are one check, so a failure says what differs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  astFromValue,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isSpecifiedDirective,
  lexicographicSortSchema,
  print,
  printType,
} from 'graphql';
import { repoRoot, startApiServer } from '../lib/api-server.mjs';
import { runSuite } from '../lib/report.mjs';

const suiteName = 'introspection-schema';
const schemaPath = join(repoRoot, 'schema', 'mentorgraph.graphql');

/** Every named type and directive of a schema, printed, keyed by name. */
function definitions(schema) {
  const sorted = lexicographicSortSchema(schema);
  const entries = new Map();
  for (const type of Object.values(sorted.getTypeMap())) {
    if (!type.name.startsWith('__')) entries.set(`type ${type.name}`, printType(type));
  }
  for (const directive of sorted.getDirectives()) {
    entries.set(`directive @${directive.name}`, printDirective(directive));
  }
  const roots = ['query', 'mutation', 'subscription']
    .map((operation) => `${operation}: ${sorted.getRootType(operation)?.name ?? '-'}`)
    .join(', ');
  entries.set('schema roots', roots);
  return entries;
}

// graphql-js 16.15 lets @deprecated mark directive definitions, behind its experimental
// directive-deprecation switch; the October 2021 specification, which our engine follows, has
// no DIRECTIVE_DEFINITION location. graphql-js puts that location on its own built-in
// @deprecated, which buildSchema uses for the published file, so it is left out of the
// comparison of specified directives (a schema of ours that declared it would still be compared).
const experimentalSpecifiedLocations = new Set(['DIRECTIVE_DEFINITION']);

/** A directive definition with its description, in one canonical form for both sides. */
function printDirective(directive) {
  const locations = [...directive.locations]
    .filter((location) => !(isSpecifiedDirective(directive) && experimentalSpecifiedLocations.has(location)))
    .sort();
  const args = directive.args.map((arg) => {
    const defaultValue = arg.defaultValue === undefined ? null : astFromValue(arg.defaultValue, arg.type);
    const deprecated = arg.deprecationReason == null ? '' : ` @deprecated(reason: ${JSON.stringify(arg.deprecationReason)})`;
    return `${arg.name}: ${arg.type}${defaultValue ? ` = ${print(defaultValue)}` : ''}${deprecated}`;
  });
  const description = directive.description ? `${JSON.stringify(directive.description)}\n` : '';
  return `${description}directive @${directive.name}${args.length ? `(${args.join(', ')})` : ''}` +
    `${directive.isRepeatable ? ' repeatable' : ''} on ${locations.join(' | ')}`;
}

await runSuite(suiteName, async () => {
  if (!existsSync(schemaPath)) {
    throw new Error(`${schemaPath} does not exist yet: the published schema is compared with what the API serves.`);
  }
  const expected = definitions(buildSchema(readFileSync(schemaPath, 'utf8')));

  const server = await startApiServer(suiteName);
  let introspection;
  try {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
          oneOf: true,
        }),
      }),
    });
    const text = await response.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`The introspection response is not JSON (HTTP ${response.status}): ${text.slice(0, 500)}`);
    }
    if (response.status !== 200 || body.errors?.length || !body.data) {
      throw new Error(`The introspection query failed (HTTP ${response.status}): ${text.slice(0, 1000)}`);
    }
    introspection = body.data;
  } finally {
    await server.stop();
  }

  const actual = definitions(buildClientSchema(introspection));
  let passed = 0;
  let failed = 0;
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const name of names) {
    const want = expected.get(name);
    const got = actual.get(name);
    if (want === got) {
      passed += 1;
      continue;
    }
    failed += 1;
    if (got === undefined) {
      console.log(`missing  ${name}: in schema/mentorgraph.graphql but not served`);
    } else if (want === undefined) {
      console.log(`extra    ${name}: served but not in schema/mentorgraph.graphql`);
    } else {
      console.log(`differs  ${name}\n--- schema/mentorgraph.graphql\n${want}\n+++ served\n${got}`);
    }
  }
  console.log(`${passed} of ${names.length} definitions match schema/mentorgraph.graphql`);
  return { passed, failed };
});
