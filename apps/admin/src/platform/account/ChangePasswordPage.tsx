import { MIN_PASSWORD_LENGTH } from '@aic/domain';
import { Card, CardContent } from '@mui/material';
import { Form, type HttpError, PasswordInput, SaveButton, Title, Toolbar, required, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../../dataProvider';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const longEnough = (message: string) => (value: string) => (value && value.length < MIN_PASSWORD_LENGTH ? message : undefined);

/** Changes the signed-in user's own password (the API ends their other sessions). */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const sameAsNew = (value: string, values: PasswordChange) =>
    value && value !== values.newPassword ? translate('aic.account.mismatch') : undefined;

  const submit = async ({ currentPassword, newPassword }: PasswordChange) => {
    try {
      await httpClient('/api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword, newPassword }) });
      notify('aic.account.changed', { type: 'success' });
      return undefined;
    } catch (error) {
      const body = (error as HttpError).body as { errors?: Record<string, string>; message?: string } | undefined;
      if (body?.errors) return body.errors; // shown under the fields
      notify(body?.message ?? 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };

  return (
    <Card sx={{ maxWidth: 560 }}>
      <Title title="aic.account.title" />
      <CardContent>
        <Form onSubmit={submit as never}>
          <PasswordInput source="currentPassword" label="aic.account.currentPassword" validate={required()} fullWidth autoComplete="current-password" />
          <PasswordInput
            source="newPassword"
            label="aic.account.newPassword"
            helperText={translate('aic.account.rule', { min: MIN_PASSWORD_LENGTH })}
            validate={[required(), longEnough(translate('aic.account.tooShort', { min: MIN_PASSWORD_LENGTH }))]}
            fullWidth
            autoComplete="new-password"
          />
          <PasswordInput source="confirmation" label="aic.account.confirmation" validate={[required(), sameAsNew]} fullWidth autoComplete="new-password" />
          <Toolbar>
            <SaveButton label="aic.account.submit" alwaysEnable />
          </Toolbar>
        </Form>
      </CardContent>
    </Card>
  );
};
