import type { DocumentKind } from '@aic/domain';
import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { documentKindChoices } from '../../common/choices';
import type { DocumentOwnerFilter } from './types';
import { uploadDocument } from './upload';

/** The kind a record's documents most often are, preselected. */
const defaultKind = (owner: DocumentOwnerFilter): DocumentKind =>
  'grantId' in owner ? 'grant_agreement' : 'disbursementId' in owner ? 'expense_justification' : 'committeeId' in owner ? 'committee_minutes' : 'other';

/** Kind, optional title and the file; the API checks the type and size and answers in the UI's language. */
export const DocumentUploadForm = ({ owner, onUploaded }: { owner: DocumentOwnerFilter; onUploaded: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const id = useId();
  const [kind, setKind] = useState<string>(defaultKind(owner));
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      await uploadDocument('/api/documents', { ...owner, kind, ...(title.trim() ? { title: title.trim() } : {}) }, file);
      notify('aic.documents.uploaded', { type: 'success' });
      setTitle('');
      setFile(null);
      setInputKey((k) => k + 1);
      onUploaded();
    } catch (error) {
      notify((error as Error).message || 'aic.documents.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} aria-labelledby={`${id}-title`} sx={{ mb: 2, p: 2, border: 1, borderColor: 'divider' }}>
      <Typography id={`${id}-title`} component="h3" variant="h6" sx={{ mb: 1 }}>
        {translate('aic.documents.add')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'flex-end' }}>
        <TextField select label={translate('resources.documents.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 220 }}>
          {documentKindChoices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('resources.documents.fields.title')}
          helperText={translate('aic.documents.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <Box>
          <label htmlFor={`${id}-file`} style={{ display: 'block' }}>
            {translate('resources.documents.fields.file')}
          </label>
          <input
            key={inputKey}
            id={`${id}-file`}
            type="file"
            required
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Typography id={`${id}-file-hint`} variant="caption" component="p">
            {translate('aic.documents.fileHint')}
          </Typography>
        </Box>
        <Button type="submit" variant="contained" disabled={busy || !file}>
          {translate(busy ? 'aic.documents.uploading' : 'aic.documents.upload')}
        </Button>
      </Stack>
    </Box>
  );
};
