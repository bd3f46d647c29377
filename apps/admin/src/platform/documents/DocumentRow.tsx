import { Button, Stack, TableCell, TableRow } from '@mui/material';
import { Fragment, useRef, useState } from 'react';
import { RecordContextProvider, ResourceContextProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../../common/download';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { useFormat } from '../../common/useFormat';
import { intlLocale } from '../../i18n';
import { DocumentVersions } from './DocumentVersions';
import type { DocumentRecord } from './types';
import { fileSize, uploadDocument } from './upload';

/** One document: what it is, its current file, and the buttons the caller may use. */
export const DocumentRow = ({ document, canWrite, onChanged }: { document: DocumentRecord; canWrite: boolean; onChanged: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const format = useFormat();
  const [locale] = useLocaleState();
  const [showVersions, setShowVersions] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const download = () =>
    downloadFile(`/api/documents/${document.id}/content`, document.fileName).catch(() => notify('aic.documents.downloadFailed', { type: 'error' }));
  const addVersion = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    setBusy(true);
    try {
      await uploadDocument(`/api/documents/${document.id}/versions`, {}, file);
      notify('aic.documents.versionAdded', { type: 'success' });
      onChanged();
    } catch (error) {
      notify((error as Error).message || 'aic.documents.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Fragment>
      <TableRow>
        <TableCell>{document.title}</TableCell>
        <TableCell>{translate(`aic.documentKinds.${document.kind}`)}</TableCell>
        <TableCell>
          {document.fileName} ({fileSize(document.size, intlLocale(locale))})
        </TableCell>
        <TableCell>{document.fileVersion}</TableCell>
        <TableCell>{format.date(document.uploadedAt)}</TableCell>
        <TableCell>
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
            <Button size="small" onClick={download} aria-label={translate('aic.documents.downloadNamed', { title: document.title })}>
              {translate('aic.documents.download')}
            </Button>
            {document.fileVersion > 1 && (
              <Button size="small" aria-expanded={showVersions} onClick={() => setShowVersions((v) => !v)} aria-label={translate('aic.documents.versionsOf', { title: document.title })}>
                {translate('aic.documents.versions')}
              </Button>
            )}
            {canWrite && (
              <>
                {/* A real button opens the file picker: a label styled as one cannot be used from the keyboard. */}
                <Button size="small" disabled={busy} onClick={() => fileInput.current?.click()} aria-label={translate('aic.documents.newVersionOf', { title: document.title })}>
                  {translate('aic.documents.newVersion')}
                </Button>
                <input ref={fileInput} type="file" hidden tabIndex={-1} onChange={(e) => void addVersion(e.target.files?.[0])} />
              </>
            )}
            {canWrite && (
              <ResourceContextProvider value="documents">
                <RecordContextProvider value={document}>
                  <DeleteRecordButton redirect={false} size="small" />
                </RecordContextProvider>
              </ResourceContextProvider>
            )}
          </Stack>
        </TableCell>
      </TableRow>
      {showVersions && (
        <TableRow>
          <TableCell colSpan={6}>
            <DocumentVersions document={document} />
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
};
