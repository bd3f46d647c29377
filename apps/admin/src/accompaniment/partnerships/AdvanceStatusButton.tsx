import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '@aic/domain';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useChangeWithUndo } from '../../common/useChangeWithUndo';

/** The next step of the pipeline; none after "deployed", nor for a dropped partnership. */
export const nextStatus = (status: PartnershipStatus): PartnershipStatus | null => {
  const index = PARTNERSHIP_STATUSES.indexOf(status);
  const next = PARTNERSHIP_STATUSES[index + 1];
  return status === 'dropped' || !next || next === 'dropped' ? null : next;
};

export const AdvanceStatusButton = ({ organisationName }: { organisationName?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { change, isPending } = useChangeWithUndo();
  const next = record ? nextStatus(record.status) : null;
  if (!record || !next) return null;
  const status = translate(`aic.partnershipStatuses.${next}`);
  const advance = () =>
    change({ resource: 'partnerships', record, changes: { status: next }, message: 'aic.accompaniment.pipeline.moved', messageArgs: { status } });
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
