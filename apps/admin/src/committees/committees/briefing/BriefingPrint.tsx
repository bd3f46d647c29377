import { Alert, Box, GlobalStyles, Typography } from '@mui/material';
import { Loading, Title, useParams, useTranslate } from 'react-admin';
import { useApiGet } from '../../../common/useApiGet';
import { useFormat } from '../../../common/useFormat';
import { BriefingItemView } from './BriefingItemView';
import { BriefingToolbar } from './BriefingToolbar';
import { printStyles } from './printStyles';
import type { Briefing } from '@aic/domain';
import { committeeHours } from '../committeeHours';

/** `/committees/:id/briefing`: the whole briefing pack on one page, laid out for printing. */
export const BriefingPrint = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const format = useFormat();
  const briefing = useApiGet<Briefing>(`/api/committees/${id}/briefing`);
  if (!briefing.data) return briefing.error ? <Alert severity="error">{translate('aic.run.loadError')}</Alert> : <Loading />;
  const { committee, items, since } = briefing.data;
  const title = translate('aic.briefing.title', { title: committee.title });
  const facts = [translate(`aic.committeeKinds.${committee.kind}`), committee.heldOn && format.date(committee.heldOn), committeeHours(committee, translate), committee.place];
  return (
    <Box sx={{ maxWidth: '60rem' }}>
      <GlobalStyles styles={printStyles} />
      <Title title={title} />
      <BriefingToolbar committeeId={committee.id} />
      <Typography sx={{ mb: 3 }}>
        {facts.filter(Boolean).join(' · ')} — {translate('aic.briefing.agendaCount', { smart_count: items.length })}
      </Typography>
      {items.map((item) => (
        <Box key={item.agendaItemId} className="aic-briefing-page" sx={{ mb: 4, pb: 2, borderBottom: 1, borderColor: 'divider' }}>
          <BriefingItemView item={item} since={since} showDecision />
        </Box>
      ))}
    </Box>
  );
};
