// GraphQL over HTTP conformance, as audited by graphql-http's auditServer: every audit
// (MUST, SHOULD and MAY) that is not "ok" counts as a failure.
import { auditServer } from 'graphql-http';
import { startApiServer } from '../lib/api-server.mjs';
import { runSuite } from '../lib/report.mjs';

const suiteName = 'graphql-http-audit';

await runSuite(suiteName, async () => {
  const server = await startApiServer(suiteName);
  try {
    const results = await auditServer({ url: server.graphqlUrl });
    let passed = 0;
    let failed = 0;
    for (const result of results) {
      if (result.status === 'ok') {
        passed += 1;
        console.log(`ok     ${result.id} ${result.name}`);
      } else {
        failed += 1;
        let body = '';
        try {
          body = (await result.response.text()).slice(0, 300);
        } catch {
          // The body was already read by the audit.
        }
        console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}`);
        console.log(`         ${result.reason}${body ? ` — body: ${body}` : ''}`);
      }
    }
    return { passed, failed };
  } finally {
    await server.stop();
  }
});
