import { FUNNEL_STEPS, type CarrierKind, type FunnelStep, type Track } from '@aic/domain';

type Counts = Record<FunnelStep, number>;

/** `GET /api/selection-funnel?seasonId=` (docs/selection.md): how many applications reached each step. */
export interface FunnelResponse {
  total: Counts;
  byCarrierKind: Array<Counts & { carrierKind: CarrierKind | null }>;
  byTrack: Array<Counts & { track: Track }>;
}
export type Breakdown = 'total' | 'carrierKind' | 'track';

/** A group of the breakdown: its key (a carrier kind, a track, `none` for no stated kind, or `total`) and counts. */
export interface FunnelGroup {
  key: string;
  counts: Counts;
}

export function funnelGroups(data: FunnelResponse, breakdown: Breakdown): FunnelGroup[] {
  if (breakdown === 'carrierKind') return data.byCarrierKind.map(({ carrierKind, ...counts }) => ({ key: carrierKind ?? 'none', counts }));
  if (breakdown === 'track') return data.byTrack.map(({ track, ...counts }) => ({ key: track, counts }));
  return [{ key: 'total', counts: data.total }];
}

/** The chart's dataset: one row per step, a column per group. */
export const funnelDataset = (groups: FunnelGroup[]) =>
  FUNNEL_STEPS.map((step) => ({ step, ...Object.fromEntries(groups.map((g) => [g.key, g.counts[step]])) }));
