import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '@aic/domain';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Button, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';

/** The next step of the pipeline; none after "deployed", nor for a dropped partnership. */
export const nextStatus = (status: PartnershipStatus): PartnershipStatus | null => {
  const index = PARTNERSHIP_STATUSES.indexOf(status);
  const next = PARTNERSHIP_STATUSES[index + 1];
  return status === 'dropped' || !next || next === 'dropped' ? null : next;
};

export const AdvanceStatusButton = ({ organisationName }: { organisationName?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const next = record ? nextStatus(record.status) : null;
  if (!record || !next) return null;
  const status = translate(`aic.partnershipStatuses.${next}`);
  const advance = () =>
    update(
      'partnerships',
      { id: record.id, data: { status: next, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('aic.accompaniment.pipeline.moved', { type: 'success' }),
        onError: (error: unknown) => notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <Button
      label="aic.accompaniment.pipeline.next"
      title={translate('aic.accompaniment.pipeline.nextTitle', { status })}
      aria-label={translate('aic.accompaniment.pipeline.nextOf', { organisation: organisationName ?? '', status })}
      onClick={advance}
      disabled={isPending}
      sx={{ justifyContent: 'flex-start', textAlign: 'left' }}
    >
      <ArrowForwardIcon />
    </Button>
  );
};
