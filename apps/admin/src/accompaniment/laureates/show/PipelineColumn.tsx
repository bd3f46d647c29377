import type { PartnershipStatus } from '@aic/domain';
import { Box, Typography } from '@mui/material';
import { type RaRecord, useTranslate } from 'react-admin';
import { PartnershipCard } from './PartnershipCard';

interface Props {
  status: PartnershipStatus;
  partnerships: RaRecord[];
  canWrite: boolean;
}

export const PipelineColumn = ({ status, partnerships, canWrite }: Props) => {
  const translate = useTranslate();
  const headingId = `pipeline-${status}`;
  const dropped = status === 'dropped';
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 1, bgcolor: dropped ? 'var(--background-alt-grey)' : 'var(--background-alt-blue-france)', minWidth: 0 }}
    >
      <Typography id={headingId} component="h3" variant="subtitle2" sx={{ fontWeight: 700, mb: 1 }}>
        {translate(`aic.partnershipStatuses.${status}`)} ({partnerships.length})
      </Typography>
      {partnerships.length === 0 ? (
        <Typography variant="body2">{translate('aic.accompaniment.pipeline.emptyColumn')}</Typography>
      ) : (
        <Box component="ul" className="fr-raw-list" sx={{ display: 'grid', gap: 1 }}>
          {partnerships.map((partnership) => (
            <PartnershipCard key={partnership.id} partnership={partnership} canWrite={canWrite} />
          ))}
        </Box>
      )}
    </Box>
  );
};
