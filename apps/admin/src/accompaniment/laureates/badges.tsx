import { ACTIVE_LAUREATE_PHASES, type Health, type LaureatePhase } from '@aic/domain';
import { useRecordContext, useTranslate } from 'react-admin';

// DSFR badges: the colour doubles a text label, never replaces it.
const HEALTH_SEVERITY: Record<Health, string> = { on_track: 'success', at_risk: 'warning', blocked: 'error' };
const PHASE_SEVERITY: Record<LaureatePhase, string | null> = { phase1: 'info', phase2: 'new', completed: null, stopped: null };

const Badge = ({ severity, children }: { severity: string | null; children: string }) => (
  <span className={`fr-badge fr-badge--sm${severity ? ` fr-badge--${severity}` : ''}`} style={{ whiteSpace: 'nowrap' }}>
    {children}
  </span>
);

export const HealthBadge = ({ value }: { value?: Health | null }) => {
  const translate = useTranslate();
  return value ? <Badge severity={HEALTH_SEVERITY[value]}>{translate(`aic.healths.${value}`)}</Badge> : null;
};

export const PhaseBadge = ({ value }: { value?: LaureatePhase | null }) => {
  const translate = useTranslate();
  return value ? <Badge severity={PHASE_SEVERITY[value]}>{translate(`aic.laureatePhases.${value}`)}</Badge> : null;
};

/** A laureate still accompanied: health only means something for them. */
export const isAccompanied = (phase?: LaureatePhase | null) => !!phase && (ACTIVE_LAUREATE_PHASES as readonly LaureatePhase[]).includes(phase);

/** As fields of a laureate record (`source` names the column label); an ended accompaniment shows no health. */
export const HealthField = (_: { source?: 'health' }) => {
  const record = useRecordContext();
  return isAccompanied(record?.phase) ? <HealthBadge value={record?.health} /> : null;
};
export const PhaseField = (_: { source?: 'phase' }) => <PhaseBadge value={useRecordContext()?.phase} />;
