import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { httpClient } from '../../dataProvider';
import { IMPORT_FIELDS, type ImportMapping, REQUIRED_IMPORT_FIELDS } from '@aic/domain';
import type { ImportRecord } from './types';

/** Step 2: the first rows as read, the proposed mapping to adjust, then the start of the import. */
export const MappingStep = ({ record }: { record: ImportRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [mapping, setMapping] = useState<ImportMapping>(record.mapping);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    try {
      await httpClient(`/api/application-imports/${record.id}/run`, { method: 'POST', body: JSON.stringify({ mapping }) });
      refresh();
    } catch (e) {
      const body = (e as { body?: { message?: string; errors?: Record<string, string> } }).body;
      setErrors(Object.fromEntries(Object.entries(body?.errors ?? {}).map(([k, v]) => [k.replace(/^mapping\./, ''), v])));
      notify(body?.message ?? (e as Error).message, { type: 'error' });
      setBusy(false);
    }
  };

  return (
    <Stack spacing={3}>
      <section aria-labelledby="import-preview">
        <Typography id="import-preview" component="h2" variant="h5" sx={{ mb: 1 }}>
          {translate('aic.imports.preview', { count: record.preview.length, total: record.totalRows })}
        </Typography>
        <Box sx={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0} role="region" aria-labelledby="import-preview">
          <table className="fr-table" style={{ fontSize: '0.8rem' }}>
            <thead>
              <tr>
                {record.headers.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {record.preview.map((row, i) => (
                <tr key={i}>
                  {record.headers.map((h, j) => (
                    <td key={h}>{(row[j] ?? '').slice(0, 80)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      </section>
      <section aria-labelledby="import-mapping">
        <Typography id="import-mapping" component="h2" variant="h5">
          {translate('aic.imports.mapping')}
        </Typography>
        <p className="fr-hint-text">{translate('aic.imports.mappingHint')}</p>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, maxWidth: 960 }}>
          {IMPORT_FIELDS.map((field) => (
            <div key={field} className={`fr-select-group${errors[field] ? ' fr-select-group--error' : ''}`}>
              <label className="fr-label" htmlFor={`mapping-${field}`}>
                {translate(`aic.imports.fields.${field}`)}
                {REQUIRED_IMPORT_FIELDS.includes(field) && ` (${translate('aic.imports.required')})`}
              </label>
              <select
                className="fr-select"
                id={`mapping-${field}`}
                value={mapping[field] ?? ''}
                aria-describedby={errors[field] ? `mapping-${field}-error` : undefined}
                onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })}
              >
                <option value="">{translate('aic.imports.notImported')}</option>
                {record.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
              {errors[field] && (
                <p id={`mapping-${field}-error`} className="fr-error-text">
                  {errors[field]}
                </p>
              )}
            </div>
          ))}
        </Box>
      </section>
      {record.status === 'failed' && record.error && <Alert severity="error">{translate('aic.imports.failed', { error: locale === 'en' ? record.error.en : record.error.fr })}</Alert>}
      <div>
        <Button variant="contained" onClick={start} disabled={busy}>
          {translate('aic.imports.start')}
        </Button>
      </div>
    </Stack>
  );
};
