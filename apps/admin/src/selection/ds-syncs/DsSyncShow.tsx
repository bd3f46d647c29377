import { Alert, Button, Stack } from '@mui/material';
import {
  BooleanField,
  DateField,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { httpClient } from '../../dataProvider';
import type { DsSyncRecord } from './types';

const RunButton = () => {
  const record = useRecordContext<DsSyncRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const run = () =>
    httpClient(`/api/ds-syncs/${record.id}/run`, { method: 'POST' }).then(
      () => {
        notify('aic.dsSyncs.started', { type: 'info' });
        refresh();
      },
      (e: { body?: { message?: string }; message: string }) => notify(e.body?.message ?? e.message, { type: 'error' }),
    );
  return (
    <Button variant="contained" onClick={run} disabled={record.status === 'running'}>
      {translate('aic.dsSyncs.run')}
    </Button>
  );
};

const LastRun = () => {
  const record = useRecordContext<DsSyncRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const c = record.lastCounts;
  return (
    <Stack spacing={2}>
      <Labeled source="status">
        <span>{translate(`aic.dsSyncs.statuses.${record.status}`)}</span>
      </Labeled>
      {record.lastError && <Alert severity="error">{record.lastError}</Alert>}
      {c.fetched !== undefined && (
        <p>{translate('aic.dsSyncs.counts', { fetched: c.fetched, created: c.created ?? 0, updated: c.updated ?? 0, deleted: c.deleted ?? 0, rejected: c.rejected ?? 0 })}</p>
      )}
      {record.lastRowErrors.length > 0 && (
        <section aria-label={translate('aic.dsSyncs.rejected')}>
          <ul>
            {record.lastRowErrors.slice(0, 50).map((e) => (
              <li key={e.row}>
                {e.reference} : {e.reasons.map((r) => (locale === 'en' ? r.en : r.fr)).join(' ; ')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
};

/** A call's sync: its setting, the last run (status, counts, error) and a button to run it now; polled while it runs. */
export const DsSyncShow = () => (
  <Show
    actions={
      <TopToolbar>
        <RunButton />
        <EditButton />
      </TopToolbar>
    }
    queryOptions={{ refetchInterval: (query: { state: { data?: DsSyncRecord } }) => (query.state.data?.status === 'running' ? 1000 : false) }}
  >
    <SimpleShowLayout>
      <ReferenceField source="callId" reference="calls" link={false}>
        <TextField source="title" />
      </ReferenceField>
      <NumberField source="procedureNumber" options={{ useGrouping: false }} />
      <BooleanField source="enabled" />
      <DateField source="lastStartedAt" showTime />
      <DateField source="lastSucceededAt" showTime />
      <DateField source="updatedSince" showTime />
      <LastRun />
    </SimpleShowLayout>
  </Show>
);
