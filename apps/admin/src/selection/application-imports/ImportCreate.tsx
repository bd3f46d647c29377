import { Alert, Box, Button, Card, CardContent, Stack } from '@mui/material';
import { useState } from 'react';
import { Title, useGetList, useRedirect, useTranslate } from 'react-admin';
import { uploadImport } from './uploadImport';

interface CallOption {
  id: number;
  title: string;
  track: string;
}

/** Step 1 of an import: which call, which file; the API reads it whole and answers a preview with a proposed mapping. */
export const ImportCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const calls = useGetList<CallOption>('calls', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'DESC' } });
  const [callId, setCallId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!callId || !file) return;
    setBusy(true);
    setError(null);
    try {
      const created = await uploadImport(Number(callId), file);
      redirect('show', 'application-imports', created.id);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('resources.application-imports.page.create')} />
      <CardContent>
        <Box component="form" onSubmit={submit} noValidate>
          <Stack spacing={3} sx={{ maxWidth: 640 }}>
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="import-call">
                {translate('resources.application-imports.fields.callId')}
              </label>
              <select className="fr-select" id="import-call" value={callId} onChange={(e) => setCallId(e.target.value)} required>
                <option value="">{translate('aic.imports.chooseCall')}</option>
                {(calls.data ?? []).map((call) => (
                  <option key={call.id} value={call.id}>
                    {call.title} ({call.track.toUpperCase()})
                  </option>
                ))}
              </select>
            </div>
            <div className="fr-upload-group">
              <label className="fr-label" htmlFor="import-file">
                {translate('resources.application-imports.fields.file')}
                <span className="fr-hint-text">{translate('aic.imports.fileHint')}</span>
              </label>
              <input
                className="fr-upload"
                type="file"
                id="import-file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
            <div>
              <Button type="submit" variant="contained" disabled={busy || !callId || !file}>
                {translate(busy ? 'aic.imports.uploading' : 'aic.imports.upload')}
              </Button>
            </div>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
};
