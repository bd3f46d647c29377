import { ACTIVE_LAUREATE_PHASES, type Health, HEALTHS, LAUREATE_PHASES, type LaureatePhase } from '@aic/domain';
import { Box, Typography } from '@mui/material';
import { type Identifier, Link, type RaRecord, useTranslate } from 'react-admin';
import { HealthBadge, isAccompanied, PhaseBadge } from '../accompaniment/laureates/badges';
import { listPath } from '../common/listPath';
import { HomeSection } from './HomeSection';

interface Props {
  title: string;
  field: 'phase' | 'health';
  group: 'laureatePhases' | 'healths';
  seasonId: Identifier;
  laureates: RaRecord[];
}

/** One count per value (phase, or health of the laureates still accompanied), each linking to the laureates list filtered on it. */
export const CountTiles = ({ title, field, group, seasonId, laureates }: Props) => {
  const translate = useTranslate();
  const values = field === 'phase' ? LAUREATE_PHASES : HEALTHS;
  return (
    <HomeSection title={title}>
      <Box component="ul" className="fr-raw-list" sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))' }}>
        {values.map((value) => {
          const counted = field === 'health' ? laureates.filter((l) => isAccompanied(l.phase)) : laureates;
          const count = counted.filter((l) => l[field] === value).length;
          const filter = field === 'health' ? { seasonId, health: value, phase: ACTIVE_LAUREATE_PHASES } : { seasonId, phase: value };
          return (
            <Box component="li" key={value} sx={{ p: 1.5, border: '1px solid var(--border-default-grey)' }}>
              {field === 'phase' ? <PhaseBadge value={value as LaureatePhase} /> : <HealthBadge value={value as Health} />}
              <Typography sx={{ mt: 1 }}>
                <Link to={listPath('laureates', filter)}>
                  {translate('aic.home.count', { smart_count: count })}
                  <Box component="span" sx={visuallyHidden}>{` — ${translate(`aic.${group}.${value}`)}`}</Box>
                </Link>
              </Typography>
            </Box>
          );
        })}
      </Box>
    </HomeSection>
  );
};

// In the flow, 1 px (in sx, a bare `1` would mean 100 %): read by screen readers, not shown.
const visuallyHidden = { display: 'inline-block', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;
