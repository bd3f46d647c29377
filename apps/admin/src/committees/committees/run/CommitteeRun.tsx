import { Alert, Box, Card, CardContent, Stack } from '@mui/material';
import { Loading, Title, useParams, useTranslate } from 'react-admin';
import { CLOSING_TITLE_ID } from './CloseCommittee';
import { useApiGet } from '../../../common/useApiGet';
import { BriefingItemView } from '../briefing/BriefingItemView';
import type { Briefing } from '@aic/domain';
import { AgendaStepper } from './AgendaStepper';
import { CloseCommittee } from './CloseCommittee';
import { DecisionPanel } from './DecisionPanel';
import { DecisionSummary } from './DecisionSummary';
import { RunHeader } from './RunHeader';
import { RunNavigation } from './RunNavigation';
import { useRunPosition } from './useRunPosition';

/** `/committees/:id/run`: the agenda one laureate at a time, briefing on the left, decision on the right. */
export const CommitteeRun = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const briefing = useApiGet<Briefing>(`/api/committees/${id}/briefing`);
  const { index, goTo, headingRef } = useRunPosition(briefing.data?.items.length ?? 0);
  if (!briefing.data) {
    return briefing.error ? <Alert severity="error">{translate('aic.run.loadError')}</Alert> : <Loading />;
  }
  const { committee, items, summary, since } = briefing.data;
  const item = items[index];
  // A saved decision moves on to the next laureate (focus on its heading), the last one to the closing section.
  const onSaved = () => {
    briefing.refetch();
    if (index < items.length - 1) goTo(index + 1);
    else document.getElementById(CLOSING_TITLE_ID)?.focus();
  };
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('aic.run.title', { title: committee.title })} />
      <RunHeader committee={committee} />
      {!item ? (
        <Alert severity="info">{translate('aic.run.emptyAgenda')}</Alert>
      ) : (
        <>
          <AgendaStepper items={items} index={index} goTo={goTo} />
          <RunNavigation index={index} total={items.length} name={item.laureate.name} goTo={goTo} />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, gap: 3 }}>
            <Card>
              <CardContent>
                <BriefingItemView item={item} since={since} headingRef={headingRef} />
              </CardContent>
            </Card>
            <Stack spacing={3}>
              <DecisionPanel committee={committee} item={item} onSaved={onSaved} />
              <DecisionSummary summary={summary} total={items.length} />
              <CloseCommittee committee={committee} items={items} refreshKey={briefing.data} onClosed={briefing.refetch} />
            </Stack>
          </Box>
        </>
      )}
    </Box>
  );
};
