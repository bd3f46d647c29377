import { Button } from '@mui/material';
import { type HttpError, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { httpClient } from '../../dataProvider';

/** E-mails the account a new invitation (its earlier links stop working): for someone who lost or let expire theirs. */
export const InviteButton = () => {
  const record = useRecordContext<{ id: number; email: string; active: boolean }>();
  const translate = useTranslate();
  const notify = useNotify();
  if (!record?.active) return null;
  const invite = async () => {
    try {
      await httpClient(`/api/users/${record.id}/invitation`, { method: 'POST' });
      notify('aic.mail.invited', { type: 'success', messageArgs: { email: record.email } });
    } catch (error) {
      notify((error as HttpError).message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Button variant="outlined" onClick={invite} sx={{ mt: 1 }}>
      {translate('aic.mail.invite')}
    </Button>
  );
};
