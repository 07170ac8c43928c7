// graphql-js validates each operation under fixtures/validation/ against the schema our API
// introspects to, and our /graphql must give the same verdict: valid, or a validation error
// (extensions.code GRAPHQL_VALIDATION_FAILED). Each operation is one test. The folder an
// operation is in (valid/ or invalid/) says what its author meant; graphql-js must agree with it
// too, so that a fixture that no longer tests what it says is caught. Under known-differences/
// are the operations graphql-js 16 finds valid and our engine, following a newer rule, does not
// (each file says which rule); they pass while that stays so, and fail when either side changes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { repoRoot, startApiServer } from '../lib/api-server.mjs';
import { runSuite } from '../lib/report.mjs';

const suiteName = 'validation-verdicts';
const fixturesDir = join(repoRoot, 'tests', 'conformance', 'fixtures', 'validation');
const validationFailed = 'GRAPHQL_VALIDATION_FAILED';

/** Every .graphql file under the fixtures folder, with the verdict its folder states. */
function fixtures() {
  const found = [];
  for (const intent of ['valid', 'invalid', 'known-differences']) {
    for (const name of readdirSync(join(fixturesDir, intent)).filter((file) => file.endsWith('.graphql')).sort()) {
      const path = join(fixturesDir, intent, name);
      found.push({ name: relative(fixturesDir, path), intent, source: readFileSync(path, 'utf8') });
    }
  }
  return found;
}

async function postQuery(url, query) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    throw new Error(`The response is not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
}

await runSuite(suiteName, async () => {
  const cases = fixtures();
  const server = await startApiServer(suiteName);
  let passed = 0;
  let failed = 0;
  try {
    const introspection = await postQuery(server.graphqlUrl, getIntrospectionQuery({ specifiedByUrl: true, directiveIsRepeatable: true, oneOf: true }));
    if (!introspection.body.data) {
      throw new Error(`The introspection query failed: ${JSON.stringify(introspection.body).slice(0, 500)}`);
    }
    const schema = buildClientSchema(introspection.body.data);

    for (const { name, intent, source } of cases) {
      const theirErrors = validate(schema, parse(source)).map((error) => error.message);
      const theirs = theirErrors.length === 0 ? 'valid' : 'invalid';

      const { status, body } = await postQuery(server.graphqlUrl, source);
      const ourErrors = (body.errors ?? []).filter((error) => error.extensions?.code === validationFailed).map((error) => error.message);
      const ours = ourErrors.length === 0 ? 'valid' : 'invalid';

      const expected = intent === 'known-differences' ? { theirs: 'valid', ours: 'invalid' } : { theirs: intent, ours: intent };
      if (theirs === expected.theirs && ours === expected.ours) {
        passed += 1;
        console.log(`ok     ${name} (${ours})`);
        continue;
      }
      failed += 1;
      const problem = intent === 'known-differences'
        ? `expected graphql-js valid and /graphql invalid, got graphql-js ${theirs} and /graphql ${ours} (HTTP ${status})`
        : theirs !== ours
          ? `graphql-js says ${theirs}, /graphql says ${ours} (HTTP ${status})`
          : `both say ${theirs}, but the fixture is in ${intent}/`;
      console.log(`FAIL   ${name}: ${problem}`);
      if (theirErrors.length) console.log(`         graphql-js: ${theirErrors.join(' | ')}`);
      if (ourErrors.length || body.errors?.length) console.log(`         /graphql:   ${JSON.stringify(body.errors ?? []).slice(0, 600)}`);
    }
  } finally {
    await server.stop();
  }
  return { passed, failed };
});
