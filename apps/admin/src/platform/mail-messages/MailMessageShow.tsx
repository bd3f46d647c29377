import { Box, Button } from '@mui/material';
import {
  type HttpError, Labeled, SelectField, Show, SimpleShowLayout, TextField, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { mailKindChoices, mailStatusChoices } from '../../common/choices';
import { LocaleDateField } from '../../common/fields';
import { httpClient } from '../../dataProvider';

interface MailRecord {
  id: number;
  status: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

/** The plain-text part as written, links included while they are kept (outbox). */
const TextBody = (_: { source: string }) => {
  const record = useRecordContext<MailRecord>();
  if (!record) return null;
  return (
    <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0, padding: 2, border: '1px solid #ddd', maxWidth: 720 }}>
      {record.textBody}
    </Box>
  );
};

const RetryButton = () => {
  const record = useRecordContext<MailRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (record?.status !== 'failed') return null;
  const retry = async () => {
    try {
      await httpClient(`/api/mail-messages/${record.id}/retry`, { method: 'POST' });
      notify('aic.mail.retried', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as HttpError).message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Button variant="contained" onClick={retry}>
      {translate('aic.mail.retry')}
    </Button>
  );
};

const OutboxNotice = () => {
  const record = useRecordContext<MailRecord>();
  const translate = useTranslate();
  return record?.status === 'outbox' ? <p className="fr-text--sm">{translate('aic.mail.outboxNotice')}</p> : null;
};

export const MailMessageShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <OutboxNotice />
      <TextField source="recipient" />
      <TextField source="subject" />
      <SelectField source="kind" choices={mailKindChoices} />
      <SelectField source="status" choices={mailStatusChoices} />
      <LocaleDateField source="createdAt" showTime />
      <LocaleDateField source="sentAt" showTime emptyText="—" />
      <TextField source="attempts" />
      <TextField source="lastError" emptyText="—" />
      <RetryButton />
      <Labeled source="textBody">
        <TextBody source="textBody" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
