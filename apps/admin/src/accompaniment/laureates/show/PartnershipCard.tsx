import { Box, Typography } from '@mui/material';
import { EditButton, type RaRecord, RecordContextProvider, ReferenceField, useGetManyAggregate, useTranslate } from 'react-admin';
import { AdvanceStatusButton } from '../../partnerships/AdvanceStatusButton';
import { useFormatDate } from '../useFormatDate';

/** One partner in the pipeline: organisation, purpose, since when; writers move it on or edit it. */
export const PartnershipCard = ({ partnership, canWrite }: { partnership: RaRecord; canWrite: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  // Same aggregated call as the ReferenceField's: one request for all the cards.
  const organisation = useGetManyAggregate('organisations', { ids: [partnership.organisationId] }).data?.[0];
  return (
    <RecordContextProvider value={partnership}>
      <Box component="li" sx={{ p: 1, bgcolor: 'var(--background-default-grey)', border: '1px solid var(--border-default-grey)' }}>
        <Typography variant="body2" sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}>
          <ReferenceField source="organisationId" reference="organisations" link="show" />
        </Typography>
        <Typography variant="body2">{translate(`aic.partnershipPurposes.${partnership.purpose}`)}</Typography>
        {partnership.since && (
          <Typography variant="caption" component="p">
            {translate('aic.accompaniment.pipeline.since', { date: formatDate(partnership.since) })}
          </Typography>
        )}
        {canWrite && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', mt: 0.5 }}>
            <AdvanceStatusButton organisationName={organisation?.name} />
            <EditButton resource="partnerships" aria-label={organisation ? translate('aic.accompaniment.editOf', { name: organisation.name }) : undefined} />
          </Box>
        )}
      </Box>
    </RecordContextProvider>
  );
};
