import { describe, expect, it } from '@jest/globals';
import { cpuByProcess, cpuSince } from './load.js';

describe('cpuSince', () => {
  it('counts the time each process used since the snapshot, leaving out a process that ended since', () => {
    const gone = 2 ** 22 + 1; // above Linux's pid_max: no such process
    const before = new Map([...cpuByProcess([process.pid]), [gone, 50]]);
    const spin = Date.now() + 30;
    while (Date.now() < spin); // some CPU of this process
    const since = cpuSince(before, [process.pid, gone]);
    expect(since).toBeGreaterThanOrEqual(0);
    expect(since).toBeLessThan(5);
  });

  it('counts a process that started after the snapshot whole', () => {
    expect(cpuSince(new Map(), [process.pid])).toBeCloseTo(cpuByProcess([process.pid]).get(process.pid)!, 1);
  });
});
