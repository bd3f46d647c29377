import { Box, Typography } from '@mui/material';
import type { Ref } from 'react';
import { useTranslate } from 'react-admin';
import { AxisProgressTable } from './AxisProgressTable';
import { BriefingFacts } from './BriefingFacts';
import { BriefingRequests } from './BriefingRequests';
import { BriefingSection } from './BriefingSection';
import { DecisionRecap } from './DecisionRecap';
import { PartnersList } from './PartnersList';
import { RecentActions } from './RecentActions';
import type { BriefingItem } from '@aic/domain';

interface Props {
  item: BriefingItem;
  since: string | null;
  /** The run screen moves focus to the heading when the laureate changes. */
  headingRef?: Ref<HTMLHeadingElement>;
  showDecision?: boolean;
}

/** One laureate's briefing pack: facts, mission, roadmap progress, recent actions, partners, requests. */
export const BriefingItemView = ({ item, since, headingRef, showDecision = false }: Props) => {
  const translate = useTranslate();
  const { laureate } = item;
  const headingId = `briefing-item-${item.agendaItemId}`;
  return (
    <Box component="article" aria-labelledby={headingId} className="aic-briefing-item">
      <Typography id={headingId} ref={headingRef} tabIndex={-1} component="h2" variant="h5" sx={{ mb: 1, '&:focus': { outline: 'none' } }}>
        {item.position}. {laureate.name}
      </Typography>
      {laureate.tagline && <Typography sx={{ mb: 1, fontStyle: 'italic' }}>{laureate.tagline}</Typography>}
      <BriefingFacts item={item} />
      {laureate.mission && (
        <BriefingSection title={translate('aic.briefing.mission')}>
          <Typography>{laureate.mission}</Typography>
        </BriefingSection>
      )}
      <AxisProgressTable progress={item.progress} />
      <RecentActions actions={item.actionsDoneSince} since={since} />
      <PartnersList partners={item.partners} counts={item.partnerCounts} />
      <BriefingRequests item={item} />
      {showDecision && item.decision && <DecisionRecap decision={item.decision} />}
    </Box>
  );
};
