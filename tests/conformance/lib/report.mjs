// The one line every suite ends with; ./test.sh reads it to add up the counts.
export function printSummary(suiteName, passed, failed) {
  console.log(`${suiteName}: ${passed} passed, ${failed} failed`);
}

/**
 * Runs a suite body that returns { passed, failed }; prints the summary and sets the exit
 * code. A crash of the harness itself counts as one failure, so it is never silent.
 */
export async function runSuite(suiteName, body) {
  let passed = 0;
  let failed = 0;
  try {
    ({ passed, failed } = await body());
  } catch (error) {
    console.error(`${suiteName}: the suite could not run: ${error?.stack ?? error}`);
    failed += 1;
  }
  printSummary(suiteName, passed, failed);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}
