// Starts the built product (API serving the admin, embedded PostgreSQL, demo data) on free
// ports with a throw-away data directory; the browser tests then drive it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeStaleScratch, scratchDir } from '../../api/test/scratch-dir.mjs';
import { stopProduct } from './global-teardown.mjs';

const repoRoot = resolve(import.meta.dirname, '../../..');
const envFile = join(repoRoot, '.cache/jest-browser/e2e-env.json');
const HEALTH_TIMEOUT_MS = 90_000;

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });

const tail = (text, max = 4000) => (text.length > max ? `…${text.slice(-max)}` : text);

async function waitForHealth(baseUrl, child, output) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) before being healthy:\n${tail(output.text)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`GET ${baseUrl}/api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${tail(output.text)}`);
}

/** True when the API serves the built admin at `/` (the product as shipped). */
async function servesAdmin(baseUrl) {
  try {
    const response = await fetch(`${baseUrl}/`);
    return response.ok && (await response.text()).includes('<div id="root">');
  } catch {
    return false;
  }
}

/**
 * Starts one product (API + admin + embedded PostgreSQL with the demo data) on free ports; resolves its base URL and
 * the port its ProConnect issuer is expected on (e2e/proconnect.e2e-spec.ts starts the test provider there).
 */
async function startProduct(entry, adminDist, states, index) {
  const [port, pgPort, proconnectPort] = [await freePort(), await freePort(), await freePort()];
  const dataDir = scratchDir(`browser-e2e-${index}`);

  const output = { text: '' };
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      AIC_PG_PORT: String(pgPort),
      AIC_DATA_DIR: dataDir,
      AIC_DEMO: 'true',
      LOG_LEVEL: 'warn',
      AIC_ADMIN_DIST: adminDist,
      // ProConnect, as the test provider of e2e/proconnect.e2e-spec.ts answers on that port (asked only when a test clicks the button).
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PROCONNECT_ISSUER: `http://127.0.0.1:${proconnectPort}`,
      PROCONNECT_CLIENT_ID: 'aic-rs256',
      PROCONNECT_CLIENT_SECRET: 'a-test-secret-for-the-rs256-client',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk) => {
    output.text = tail(output.text + chunk.toString(), 20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  states.push({ child, dataDir });

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, output);
  if (!(await servesAdmin(baseUrl))) {
    throw new Error(`${baseUrl}/ does not serve the admin app (AIC_ADMIN_DIST=${adminDist})`);
  }
  return { baseUrl, proconnectPort };
}

/**
 * One product per jest worker (`maxWorkers`, 1 with --runInBand): test files change the demo data (a committee
 * closed, laureates archived), so two files running at once must not share a database. Each worker uses the
 * product of its JEST_WORKER_ID (e2e/browser.ts).
 */
export default async function globalSetup(globalConfig) {
  const entry = join(repoRoot, 'apps/api/dist/main.js');
  const adminDist = join(repoRoot, 'apps/admin/dist');
  for (const [path, hint] of [
    [entry, 'npm run build -w @aic/api'],
    [join(adminDist, 'index.html'), 'npm run build -w @aic/admin'],
  ]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${hint}\` (or \`npm run build\`) first.`);
  }

  const count = Math.max(1, Number(globalConfig?.maxWorkers) || 1);
  await removeStaleScratch();
  const states = [];
  globalThis.__AIC_BROWSER_E2E__ = states;
  let products;
  try {
    products = await Promise.all(Array.from({ length: count }, (_, index) => startProduct(entry, adminDist, states, index)));
  } catch (error) {
    await Promise.all(states.map(stopProduct)); // jest skips globalTeardown when globalSetup fails
    throw error;
  }

  await mkdir(dirname(envFile), { recursive: true });
  await writeFile(envFile, JSON.stringify({ products }));
}
