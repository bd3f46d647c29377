import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { SaveButton } from 'react-admin';
import { EnvelopeExcessAlert } from './EnvelopeExcessAlert';
import type { EnvelopeGuard } from './useEnvelopeGuard';

const withOverride = (data: Record<string, unknown>) => ({ ...data, overrideEnvelope: true });

interface Props {
  guard: EnvelopeGuard;
  /** How the confirmation resubmits the form (default: the same values with `overrideEnvelope: true`). */
  transform?: (data: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** Inside a grant or decision form: after a 409, the figures and a save that confirms the override. */
export const EnvelopeOverride = ({ guard, transform = withOverride }: Props) => {
  if (!guard.excess) return null;
  return (
    <EnvelopeExcessAlert
      excess={guard.excess}
      onCancel={guard.clear}
      confirm={
        <SaveButton
          type="button"
          label="aic.envelope.confirm"
          icon={<WarningAmberIcon />}
          transform={transform}
          mutationOptions={{ onError: guard.onError }}
          alwaysEnable
        />
      }
    />
  );
};
