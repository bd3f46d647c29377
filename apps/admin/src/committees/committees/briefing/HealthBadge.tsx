import type { Health } from '@aic/domain';
import { useTranslate } from 'react-admin';

const SEVERITY: Record<Health, string> = { on_track: 'success', at_risk: 'warning', blocked: 'error' };

/** The laureate's health as a DSFR badge: the word carries the meaning, the colour only repeats it. */
export const HealthBadge = ({ health, small = false }: { health: Health; small?: boolean }) => {
  const translate = useTranslate();
  const classes = ['fr-badge', `fr-badge--${SEVERITY[health] ?? 'info'}`, 'fr-badge--no-icon', small ? 'fr-badge--sm' : ''];
  return <span className={classes.join(' ').trim()}>{translate(`aic.healths.${health}`, { _: health })}</span>;
};
