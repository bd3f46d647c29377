import { Box, Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { TimelineEntry } from './TimelineEntry';

/** The journal as a timeline, newest first (the list context is sorted by the API). */
export const InteractionTimeline = ({ canWrite }: { canWrite: boolean }) => {
  const { data, isPending } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  if (!data?.length) return <Typography variant="body2">{translate('aic.accompaniment.journal.empty')}</Typography>;
  return (
    <Box component="ol" className="fr-raw-list" sx={{ borderLeft: '2px solid var(--border-default-blue-france)', ml: 1 }}>
      {data.map((entry) => (
        <TimelineEntry key={entry.id} entry={entry} canWrite={canWrite} />
      ))}
    </Box>
  );
};
