import { describe, expect, it } from '@jest/globals';
import { balancedPicks, type Candidate, type Need } from './balanced-assignment.js';

const need = (applicationId: number, jury: number, citizen: number, assigned: number[] = []): Need => ({ applicationId, assigned, missing: { jury, citizen } });
const jury = (id: number, load = 0): Candidate => ({ id, panel: 'jury', load });
const citizen = (id: number, load = 0): Candidate => ({ id, panel: 'citizen', load });

describe('balancedPicks', () => {
  it('spreads the work: 4 applications × 2 jury members over 4 jurors gives each exactly 2', () => {
    const { picks, shortfall } = balancedPicks([need(1, 2, 0), need(2, 2, 0), need(3, 2, 0), need(4, 2, 0)], [jury(10), jury(11), jury(12), jury(13)]);
    const perJuror = new Map<number, number>();
    for (const p of picks) perJuror.set(p.evaluatorId, (perJuror.get(p.evaluatorId) ?? 0) + 1);
    expect([...perJuror.values()]).toEqual([2, 2, 2, 2]);
    expect(picks.slice(0, 4).map((p) => [p.applicationId, p.evaluatorId])).toEqual([[1, 10], [1, 11], [2, 12], [2, 13]]);
    expect(shortfall).toEqual([]);
  });

  it('least-loaded first, ties by id; never the same evaluator twice on one application; panels apart', () => {
    const { picks } = balancedPicks([need(1, 1, 1, [10])], [jury(10, 0), jury(11, 5), jury(12, 2), citizen(20, 1), citizen(21, 1)]);
    expect(picks).toEqual([
      { applicationId: 1, evaluatorId: 12, panel: 'jury' },
      { applicationId: 1, evaluatorId: 20, panel: 'citizen' },
    ]);
  });

  it('says what it could not fill', () => {
    expect(balancedPicks([need(1, 3, 1)], [jury(10), jury(11)]).shortfall).toEqual([
      { applicationId: 1, panel: 'jury', missing: 1 },
      { applicationId: 1, panel: 'citizen', missing: 1 },
    ]);
  });
});
