import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Whether the signed agreement and the reports are on file (from the grant's documents, computed by the API). */
export const GrantFollowUp = () => {
  const grant = useRecordContext();
  const translate = useTranslate();
  if (!grant) return null;
  const yesNo = (value: unknown) => translate(value ? 'aic.grantFollowUp.yes' : 'aic.grantFollowUp.no');
  const line = (key: string, value: string, alert = false) => (
    <Typography variant="body2" sx={alert ? { fontWeight: 700, color: 'error.main' } : undefined}>
      {translate(`aic.grantFollowUp.${key}`)} : {value}
    </Typography>
  );
  return (
    <Stack component="section" aria-label={translate('aic.documents.followUp')} spacing={0.5} sx={{ px: 2, pb: 2 }}>
      {line('agreementSigned', yesNo(grant.agreementSigned))}
      {line('reportsReceived', String(grant.reportsReceived ?? 0))}
      {grant.reportMissing && line('reportMissing', yesNo(true), true)}
    </Stack>
  );
};

/** The same in a list's cell: what is on file, and the missing report in bold. */
export const GrantFollowUpCell = () => {
  const grant = useRecordContext();
  const translate = useTranslate();
  if (!grant) return null;
  const reports = Number(grant.reportsReceived ?? 0);
  const parts = [
    ...(grant.agreementSigned ? [translate('aic.grantFollowUp.agreementShort')] : []),
    ...(reports > 0 ? [translate('aic.grantFollowUp.reportsShort', { smart_count: reports })] : []),
  ];
  return (
    <Typography variant="body2" component="span">
      {parts.length === 0 && !grant.reportMissing ? '—' : parts.join(' · ')}
      {grant.reportMissing && (
        <Typography component="span" variant="body2" sx={{ display: 'block', fontWeight: 700, color: 'error.main' }}>
          {translate('aic.grantFollowUp.missingShort')}
        </Typography>
      )}
    </Typography>
  );
};
