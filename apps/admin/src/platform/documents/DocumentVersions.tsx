import { Alert, Button, List, ListItem } from '@mui/material';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../../common/download';
import { useApiGet } from '../../common/useApiGet';
import { useFormat } from '../../common/useFormat';
import { intlLocale } from '../../i18n';
import type { DocumentRecord, DocumentVersionRecord } from './types';
import { fileSize } from './upload';

/** Every file of a document, newest first, each downloadable. */
export const DocumentVersions = ({ document }: { document: DocumentRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const format = useFormat();
  const [locale] = useLocaleState();
  const { data, error } = useApiGet<DocumentVersionRecord[]>(`/api/documents/${document.id}/versions`, document.fileVersion);
  if (error && !data) return <Alert severity="error">{error.message}</Alert>;
  return (
    <List dense aria-label={translate('aic.documents.versionsOf', { title: document.title })}>
      {data?.map((version) => (
        <ListItem key={version.id} disableGutters>
          {translate('aic.documents.versionLabel', { number: version.number })} — {version.fileName} ({fileSize(version.size, intlLocale(locale))}),{' '}
          {format.date(version.uploadedAt)}
          <Button
            size="small"
            sx={{ ml: 1 }}
            onClick={() =>
              downloadFile(`/api/documents/${document.id}/versions/${version.number}/content`, version.fileName).catch(() => notify('aic.documents.downloadFailed', { type: 'error' }))
            }
          >
            {translate('aic.documents.download')}
            <span className="fr-sr-only"> {translate('aic.documents.versionLabel', { number: version.number })}</span>
          </Button>
        </ListItem>
      ))}
    </List>
  );
};
