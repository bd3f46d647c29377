import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchDir } from '../../test/scratch-dir.mjs';
import { PRODUCTION_NODE_OPTIONS } from './processes.js';

const apiDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const runJs = join(apiDir, 'dist/bench/run.js');

function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [runJs, ...args], { cwd: apiDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

describe('npm run bench -- --smoke', () => {
  it('runs the API with the V8 settings of the production image', () => {
    const line = /^ENV NODE_OPTIONS=(.*)$/m.exec(readFileSync(join(apiDir, '../../Dockerfile'), 'utf8'))?.[1];
    expect(line?.replace(/^"(.*)"$/, '$1')).toBe(PRODUCTION_NODE_OPTIONS);
  });

  it('loads every scenario on tiny data, checks the answers and writes valid results', async () => {
    if (!existsSync(runJs)) throw new Error(`${runJs} is missing: build the API first (npm run build -w @aic/api; npm test builds before testing)`);
    const dir = mkdtempSync(join(tmpdir(), 'aic-bench-'));
    const out = join(dir, 'results.json');
    // A data dir of its own, so that test runs never share one.
    const dataDir = scratchDir('bench-smoke');
    try {
      const { code, output } = await runBench(['--smoke', '--out', out, '--data-dir', dataDir]);
      if (code !== 0) throw new Error(`the benchmark exited with ${code}:\n${output.slice(-4000)}`);
      expect(output).toMatch(/every answer checked right/);

      const results = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
      expect(Array.isArray(results)).toBe(true);
      expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(['0', '1', '2', '3a', '3b', '4', '5', '6', '7', '8', '9', '10', '11', 'mixed', 'first-load']));
      // Every feature is in this build and in the generated data: nothing may be reported as pending.
      expect(results.filter((r) => r.pending !== undefined).map((r) => `${r.id}: ${r.pending}`)).toEqual([]);
      for (const r of results) {
        expect(typeof r.name).toBe('string');
        if (r.pending !== undefined) {
          expect(typeof r.pending).toBe('string');
          continue;
        }
        for (const key of ['rps', 'p50Ms', 'p99Ms', ...(r.id === 'mixed' ? [] : ['ratioToRaw']), 'rssMb']) {
          expect({ id: r.id, key, finite: Number.isFinite(r[key]) }).toEqual({ id: r.id, key, finite: true });
        }
        expect(r.rps as number).toBeGreaterThan(0);
        expect([true, false, null]).toContain(r.pass);
        expect(r.wrongAnswers ?? 0).toBe(0);
      }
      // Each scenario's ratio is to the raw baseline measured around it (paired), whose rate it carries.
      for (const r of results.filter((r) => /^\d+$/.test(String(r.id)) && r.id !== '0')) {
        expect({ id: r.id, rawRps: (r.rawRps as number) > 0 }).toEqual({ id: r.id, rawRps: true });
        expect(r.ratioToRaw).toBeCloseTo((r.rps as number) / (r.rawRps as number), 1);
      }
      // The mixed read/write load: reads, creates and updates answered, stale updates refused with 409, nothing else.
      const mixed = results.find((r) => r.id === 'mixed')!;
      const statuses = mixed.statusCounts as Record<string, number>;
      expect(Object.keys(statuses).filter((s) => !['200', '201', '409'].includes(s))).toEqual([]);
      expect(statuses['200']).toBeGreaterThan(0);
      expect(statuses['201']).toBeGreaterThan(0);
      expect(mixed.errors).toBe(0);
      expect((mixed.rssSeriesMb as number[]).length).toBeGreaterThanOrEqual(3);
      // The login page's cold load, weighed (issue 18): bytes and requests measured, not left at zero.
      const firstLoad = results.find((r) => r.id === 'first-load')!;
      expect(firstLoad.transferKb as number).toBeGreaterThan(10);
      expect(firstLoad.requests as number).toBeGreaterThan(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 200_000);
});
