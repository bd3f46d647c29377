import type { Panel } from '@aic/domain';

export interface Candidate {
  id: number;
  panel: Panel;
  /** Assignments already held on the call's applications. */
  load: number;
}

export interface Need {
  applicationId: number;
  /** Evaluators already assigned to it. */
  assigned: number[];
  /** How many more of each panel it needs. */
  missing: Record<Panel, number>;
}

/**
 * Picks evaluators for each application, least-loaded first (ties by id), never one already on the application;
 * applications in the order given (by id): the same state gives the same choice. Pure, for the unit test.
 */
export function balancedPicks(needs: Need[], candidates: Candidate[]): {
  picks: Array<{ applicationId: number; evaluatorId: number; panel: Panel }>;
  shortfall: Array<{ applicationId: number; panel: Panel; missing: number }>;
} {
  const load = new Map(candidates.map((c) => [c.id, c.load]));
  const picks: Array<{ applicationId: number; evaluatorId: number; panel: Panel }> = [];
  const shortfall: Array<{ applicationId: number; panel: Panel; missing: number }> = [];
  for (const need of needs) {
    const taken = new Set(need.assigned);
    for (const panel of ['jury', 'citizen'] as const) {
      let missing = need.missing[panel];
      while (missing > 0) {
        const next = candidates
          .filter((c) => c.panel === panel && !taken.has(c.id))
          .sort((a, b) => load.get(a.id)! - load.get(b.id)! || a.id - b.id)[0];
        if (!next) break;
        picks.push({ applicationId: need.applicationId, evaluatorId: next.id, panel });
        taken.add(next.id);
        load.set(next.id, load.get(next.id)! + 1);
        missing--;
      }
      if (missing > 0) shortfall.push({ applicationId: need.applicationId, panel, missing });
    }
  }
  return { picks, shortfall };
}
