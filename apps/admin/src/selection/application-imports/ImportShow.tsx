import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, ReferenceField, Show, TextField, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { saveFile } from '../../common/download';
import { useApiGet } from '../../common/useApiGet';
import { MappingStep } from './MappingStep';
import type { ImportRecord, RowError } from './types';
import { downloadRowErrors } from './uploadImport';

/** Progress as the API reports it (written outside the import's transaction): a native progress bar, labelled. */
const Progress = ({ record }: { record: ImportRecord }) => {
  const translate = useTranslate();
  const percent = record.totalRows === 0 ? 100 : Math.floor((record.processedRows / record.totalRows) * 100);
  return (
    <Box>
      <label htmlFor="import-progress" className="fr-label">
        {translate('aic.imports.progress')}
      </label>
      <progress id="import-progress" max={100} value={percent} style={{ width: '100%', height: '1rem' }} />
      <p aria-live="polite">{translate('aic.imports.progressText', { processed: record.processedRows, total: record.totalRows, percent })}</p>
    </Box>
  );
};

const RowErrors = ({ record }: { record: ImportRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const errors = useApiGet<RowError[]>(`/api/application-imports/${record.id}/row-errors`);
  const download = () =>
    downloadRowErrors(record.id).then(
      (blob) => saveFile(blob, `erreurs-import-${record.id}.csv`),
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  return (
    <section aria-labelledby="import-errors">
      <Typography id="import-errors" component="h2" variant="h5" sx={{ mb: 1 }}>
        {translate('aic.imports.errors')}
      </Typography>
      {errors.error && <Alert severity="error">{errors.error.message}</Alert>}
      <table className="fr-table" aria-busy={errors.loading}>
        <thead>
          <tr>
            <th scope="col">{translate('aic.imports.row')}</th>
            <th scope="col">{translate('aic.imports.reference')}</th>
            <th scope="col">{translate('aic.imports.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {(errors.data ?? []).slice(0, 200).map((e) => (
            <tr key={e.row}>
              <td>{e.row}</td>
              <td>{e.reference ?? '—'}</td>
              <td>{e.reasons.map((r) => (locale === 'en' ? r.en : r.fr)).join(' ; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button variant="outlined" onClick={download}>
        {translate('aic.imports.downloadErrors')}
      </Button>
    </section>
  );
};

const ImportDetails = () => {
  const record = useRecordContext<ImportRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <CardContent>
      <Stack spacing={3}>
        <div>
          <Typography component="h2" variant="h4">
            {record.fileName}
          </Typography>
          <Typography>
            <ReferenceField source="callId" reference="calls" link={false}>
              <TextField source="title" />
            </ReferenceField>
            {' — '}
            <span>{translate(`aic.imports.statuses.${record.status}`)}</span>
          </Typography>
        </div>
        {record.status === 'uploaded' || record.status === 'failed' ? (
          <MappingStep record={record} />
        ) : (
          <Progress record={record} />
        )}
        {record.status === 'done' && (
          <>
            <Alert severity={record.errorCount > 0 ? 'warning' : 'success'}>
              {translate('aic.imports.summary', { created: record.createdCount, updated: record.updatedCount, unchanged: record.unchangedCount, errors: record.errorCount })}
            </Alert>
            {record.errorCount > 0 && <RowErrors record={record} />}
            <Link to="/application-imports/create">{translate('aic.imports.newImport')}</Link>
          </>
        )}
      </Stack>
    </CardContent>
  );
};

/** An import: the mapping step, then its progress (polled while it runs), then what it did and the rows in error. */
export const ImportShow = () => (
  <Show
    actions={false}
    queryOptions={{ refetchInterval: (query: { state: { data?: ImportRecord } }) => (query.state.data?.status === 'running' ? 400 : false) }}
    component={Card}
  >
    <ImportDetails />
  </Show>
);
