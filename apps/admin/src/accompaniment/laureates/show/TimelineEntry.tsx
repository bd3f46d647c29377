import { Box, Typography } from '@mui/material';
import { EditButton, type RaRecord, RecordContextProvider, ReferenceField, useTranslate } from 'react-admin';
import { KindLabel } from '../../interactions/KindLabel';
import { ParticipantsField } from '../../interactions/ParticipantsField';
import { useFormatDate } from '../useFormatDate';

// The timeline's marker on the left border (decorative).
const dot = {
  content: '""',
  position: 'absolute',
  left: '-0.45rem',
  top: '0.35rem',
  width: '0.75rem',
  height: '0.75rem',
  borderRadius: '50%',
  backgroundColor: 'var(--background-action-high-blue-france)',
};

/** One journal entry: kind, date and time, title, administration introduced, participants, summary, follow-up. */
export const TimelineEntry = ({ entry, canWrite }: { entry: RaRecord; canWrite: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <RecordContextProvider value={entry}>
      <Box component="li" sx={{ position: 'relative', pl: 3, pb: 2, '&::before': dot }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2 }}>
          <KindLabel kind={entry.kind} />
          <Typography component="time" variant="body2" dateTime={entry.occurredAt} sx={{ color: 'text.secondary' }}>
            {formatDate(entry.occurredAt, { dateStyle: 'long', timeStyle: 'short' })}
          </Typography>
        </Box>
        <Typography component="h3" variant="body1" sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}>
          {entry.title}
        </Typography>
        {entry.organisationId && (
          <Typography variant="body2">
            {translate('aic.accompaniment.labelled', { label: translate('resources.interactions.fields.organisationId') })}
            <ReferenceField source="organisationId" reference="organisations" link="show" />
          </Typography>
        )}
        <ParticipantsField />
        {entry.summary && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            {entry.summary}
          </Typography>
        )}
        {entry.followUp && (
          <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
            {translate('aic.accompaniment.journal.followUp', { text: entry.followUp })}
            {entry.followUpDueOn && ` (${translate('aic.accompaniment.journal.followUpDue', { date: formatDate(entry.followUpDueOn) })})`}
          </Typography>
        )}
        {canWrite && <EditButton resource="interactions" aria-label={translate('aic.accompaniment.editOf', { name: entry.title })} />}
      </Box>
    </RecordContextProvider>
  );
};
