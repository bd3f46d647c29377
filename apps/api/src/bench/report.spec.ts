import { describe, expect, it } from '@jest/globals';
import type { LoadResult } from './load.js';
import { scenarioResult } from './report.js';
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
});
