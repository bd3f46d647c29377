import { Box, Stack, Typography } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { HealthBadge, isAccompanied, PhaseBadge } from '../badges';
import { ApplicationLine } from './ApplicationLine';
import { ReferentsLine } from './ReferentsLine';
import { useFormatDate } from '../useFormatDate';

/** Under the page's <h1> (the laureate's name): tagline, phase and health, who accompanies them. */
export const LaureateHeader = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2, bgcolor: 'var(--background-alt-blue-france)' }}>
      {record.archivedAt && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
          <p>{translate('aic.accompaniment.archive.banner', { date: formatDate(record.archivedAt, { dateStyle: 'long', timeStyle: undefined }) })}</p>
        </div>
      )}
      {record.tagline && (
        <Typography component="p" sx={{ fontStyle: 'italic', mb: 1 }}>
          {record.tagline}
        </Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 1 }}>
        <PhaseBadge value={record.phase} />
        {isAccompanied(record.phase) && <HealthBadge value={record.health} />}
        {isAccompanied(record.phase) && record.healthReason && <Typography variant="body2">{record.healthReason}</Typography>}
      </Stack>
      <Typography variant="body2" component="p">
        <strong>{translate('aic.accompaniment.labelled', { label: translate('aic.accompaniment.header.manager') })}</strong>
        <ReferenceField source="accelerationManagerId" reference="staff-members" link={false} emptyText="—" />
      </Typography>
      <ReferentsLine laureateId={record.id} />
      <ApplicationLine laureateId={record.id} />
    </Box>
  );
};
