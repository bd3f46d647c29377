import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { HealthBadge } from './HealthBadge';
import type { BriefingItem } from '@aic/domain';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
  <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'baseline' }}>
    <Box component="dt" sx={{ fontWeight: 700 }}>
      {label}
      {translate('aic.briefing.colon')}
    </Box>
    <Box component="dd" sx={{ m: 0, flex: '1 1 14rem' }}>
      {children}
    </Box>
  </Box>
  );
};

/** Who carries the project, who follows it, where it stands. */
export const BriefingFacts = ({ item }: { item: BriefingItem }) => {
  const translate = useTranslate();
  const { laureate } = item;
  const none = translate('aic.briefing.none');
  return (
    <Box component="dl" className="fr-raw-list" sx={{ display: 'grid', gap: '0.25rem', m: 0, mb: 2 }}>
      <Fact label={translate('aic.briefing.carrier')}>{laureate.carrierName ?? none}</Fact>
      <Fact label={translate('aic.briefing.manager')}>{laureate.managerName ?? none}</Fact>
      <Fact label={translate('aic.briefing.phase')}>{translate(`aic.laureatePhases.${laureate.phase}`, { _: laureate.phase })}</Fact>
      <Fact label={translate('aic.briefing.health')}>
        <HealthBadge health={laureate.health} small />
        {laureate.healthReason && <Box component="span" sx={{ ml: 1 }}>{laureate.healthReason}</Box>}
      </Fact>
      {item.presenter && <Fact label={translate('resources.agenda-items.fields.presenter')}>{item.presenter}</Fact>}
    </Box>
  );
};
