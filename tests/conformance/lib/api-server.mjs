// Starts the MentorGraph API as a plain process on a free loopback port, the way a person
// or a container would run it, and stops it again. Suites use nothing else of ours.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const defaultDll = join(repoRoot, 'api', 'MentorGraph.Api', 'bin', 'Release', 'net10.0', 'MentorGraph.Api.dll');
const startupTimeoutMs = 60_000;

/** A port that was free a moment ago on 127.0.0.1. */
async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function isHealthy(baseUrl) {
  try {
    const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Runs `dotnet MentorGraph.Api.dll --urls http://127.0.0.1:PORT` (MENTORGRAPH_API_DLL overrides
 * the path), waits until /healthz answers, and returns { baseUrl, graphqlUrl, stop, log }.
 */
export async function startApiServer(suiteName) {
  const dll = process.env.MENTORGRAPH_API_DLL ?? defaultDll;
  if (!existsSync(dll)) {
    throw new Error(`${dll} does not exist: build first (dotnet build -c Release).`);
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logDir = join(repoRoot, '.test-state', 'logs');
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, `${suiteName}-api.log`);
  const logFd = openSync(logPath, 'w');

  // The content root is the build output, where appsettings.json lives.
  const child = spawn('dotnet', [dll, '--urls', baseUrl], {
    cwd: dirname(dll),
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: process.env.ASPNETCORE_ENVIRONMENT ?? 'Production' },
    stdio: ['ignore', logFd, logFd],
  });
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const log = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
  const stop = async () => {
    if (exited) return;
    const done = new Promise((resolveStop) => child.once('exit', resolveStop));
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await done;
    clearTimeout(forced);
  };

  const deadline = Date.now() + startupTimeoutMs;
  while (!(await isHealthy(baseUrl))) {
    if (exited) {
      throw new Error(`The API exited (${JSON.stringify(exited)}) before /healthz answered:\n${log()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`/healthz did not answer within ${startupTimeoutMs / 1000} s:\n${log()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return { baseUrl, graphqlUrl: `${baseUrl}/graphql`, stop, log, logPath };
}
