import { describe, expect, it } from '@jest/globals';
import type { LoadResult } from './load.js';
import { firstLoadResult, pairedBaseline, scenarioResult } from './report.js';
import type { Scenario } from './scenarios.js';

const scenario: Scenario = { id: '1', name: 'laureates list (lead)', target: { ratio: 0.6, p99Ms: 50 }, variants: [] };
const load = (rps: number, p99Ms: number): LoadResult => ({
  rps,
  p50Ms: p99Ms / 2,
  p99Ms,
  requests: rps * 10,
  answered: rps * 10,
  errors: 0,
  wrong: 0,
  wrongSamples: [],
  rssMb: 180,
  otherCpuPct: 0,
  collected: [],
});

describe('scenarioResult', () => {
  it('passes a scenario that meets every target, and records the raw p99', () => {
    const result = scenarioResult(scenario, load(1200, 40), load(1700, 30));
    expect(result).toMatchObject({ pass: true, missed: [], ratioToRaw: 0.71, p99RawMs: 30 });
  });

  it('reports a missed p99 with the raw baseline p99 beside it', () => {
    const result = scenarioResult(scenario, load(1200, 80), load(1700, 30));
    expect(result.pass).toBe(false);
    expect(result.missed).toEqual(['p99 80 ms ≥ 50 (raw baseline 30 ms)']);
  });

  it('says a p99 target is out of reach when the raw baseline itself misses it at the same load', () => {
    const result = scenarioResult(scenario, load(900, 120), load(1700, 52));
    expect(result.missed).toEqual(['throughput 0.53×raw < 0.6', "p99 120 ms ≥ 50, out of reach: the raw baseline's own p99 is 52 ms at this load"]);
  });

  it('issue 18: p99 as a multiple of the raw p99 at the same load, and the light pass p99', () => {
    const ratios: Scenario = { id: '1', name: 'laureates list (lead)', target: { ratio: 0.8, p99RawRatio: 1.5 }, variants: [] };
    expect(scenarioResult(ratios, load(1400, 45), load(1700, 30)).pass).toBe(true);
    expect(scenarioResult(ratios, load(1400, 46), load(1700, 30)).missed).toEqual(["p99 46 ms > 1.5× the raw baseline's 30 ms"]);
    const search: Scenario = { id: '3a', name: 'search contacts (q)', target: { lightP99Ms: 30 }, variants: [] };
    expect(scenarioResult(search, load(500, 300), load(1700, 30), load(100, 29))).toMatchObject({ pass: true, p99LightMs: 29 });
    expect(scenarioResult(search, load(500, 300), load(1700, 30), load(100, 30)).missed).toEqual(['light p99 30 ms ≥ 30']);
  });

  it('misses an API process of 200 MB of RSS or more', () => {
    const lean: Scenario = { id: '7', name: 'create an action', target: { ratio: 0.6 }, variants: [] };
    expect(scenarioResult(lean, { ...load(1200, 40), rssMb: 200 }, load(1700, 30)).missed).toEqual(['RSS 200 MB ≥ 200']);
  });
});

describe('pairedBaseline', () => {
  const half = (rps: number, seconds: number, p99Ms: number, cpu: number): LoadResult => ({
    ...load(rps, p99Ms),
    requests: rps * seconds,
    cpuMsPerRequest: { api: cpu / 2, all: cpu, loadGenerator: cpu / 4, postgres: cpu / 4 },
  });

  it('is the raw baseline of both halves as one load: requests over their time, mean p99, CPU per request weighted by requests', () => {
    const around = pairedBaseline(half(1000, 5, 40, 2), half(1500, 5, 30, 1));
    expect(around.rps).toBe(1250);
    expect(around.requests).toBe(12500);
    expect(around.p99Ms).toBe(35);
    expect(around.cpuMsPerRequest!.all).toBeCloseTo((2 * 5000 + 1 * 7500) / 12500, 10);
  });

  it('gives the ratio of a scenario run between its halves, and the CPU ratio beside it', () => {
    const around = pairedBaseline(half(1000, 5, 40, 2), half(1000, 5, 40, 2));
    const result = scenarioResult(scenario, { ...load(800, 45), cpuMsPerRequest: { api: 1, all: 2.5, loadGenerator: 0.5, postgres: 1 } }, around);
    expect(result).toMatchObject({ ratioToRaw: 0.8, rawRps: 1000, cpuRatioToRaw: 0.8, p99RawMs: 40 });
  });

  it('a half that answered nothing counts no time: the rate is the other half\'s', () => {
    expect(pairedBaseline({ ...half(0, 5, 0, 0), requests: 0 }, half(1200, 5, 30, 1)).rps).toBe(1200);
  });
});

describe('firstLoadResult', () => {
  const limits = { ms: 1500, kb: 300 };
  const load = (productMs: number[], bytes: number) => ({ productMs, baselineMs: [40, 50, 60], weight: { bytes, requests: 12 } });

  it('passes a login page shown in under 1.5 s (median) that transferred at most 300 kB, and reports both', () => {
    const result = firstLoadResult(load([400, 1600, 500], 300_000), limits, 150);
    expect(result).toMatchObject({ pass: true, p50Ms: 500, p99Ms: 1600, transferKb: 300, requests: 12, target: '<1500 ms, ≤300 kB', ratioToRaw: 0.1 });
    expect(result.missed).toBeUndefined();
    expect(result.note).toMatch(/^300 kB in 12 requests; bare HTML page: median 50 ms/);
  });

  it('issue 18: misses a login page heavier than 300 kB however fast it is', () => {
    const result = firstLoadResult(load([300, 310, 320], 300_051), limits, 150);
    expect(result.pass).toBe(false);
    expect(result.missed).toEqual(['transferred 300.1 kB > 300 kB']);
  });

  it('misses a slow median, and both targets together', () => {
    expect(firstLoadResult(load([1500, 1500, 200], 100_000), limits, null).missed).toEqual(['median 1500 ms ≥ 1500 ms']);
    expect(firstLoadResult(load([1600, 1700, 1800], 549_300), limits, null).missed).toEqual(['median 1700 ms ≥ 1500 ms', 'transferred 549.3 kB > 300 kB']);
  });
});
