import { FUNNEL_STEPS, type CarrierKind, type FunnelStep, type Track } from '@aic/domain';

/** One count of the funnel: the applications of a carrier kind and track that reached a step. */
export interface FunnelCount {
  step: FunnelStep;
  carrierKind: CarrierKind | null;
  track: Track;
  count: number;
}
export type Breakdown = 'total' | 'carrierKind' | 'track';

/** The funnel's table and chart rows: one per step, a column per group of the breakdown. */
export function funnelTable(counts: FunnelCount[], breakdown: Breakdown): { groups: string[]; rows: Array<Record<string, number | string>> } {
  const groupOf = (c: FunnelCount) => (breakdown === 'total' ? 'total' : String(c[breakdown] ?? 'other'));
  const groups = [...new Set(counts.map(groupOf))].sort();
  const rows = FUNNEL_STEPS.map((step) => {
    const row: Record<string, number | string> = { step };
    for (const group of groups.length ? groups : ['total']) row[group] = 0;
    for (const c of counts) if (c.step === step) row[groupOf(c)] = Number(row[groupOf(c)] ?? 0) + c.count;
    return row;
  });
  return { groups: groups.length ? groups : ['total'], rows };
}
