import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { ShowSection } from '../../committees/committees/show/ShowSection';
import { DocumentRow } from './DocumentRow';
import { DocumentUploadForm } from './DocumentUploadForm';
import type { DocumentOwnerFilter, DocumentRecord } from './types';

/**
 * The documents of a record (a laureate, a grant, a disbursement or a committee): download, versions, and for those
 * who write the record, upload, new version and delete. The API decides who reads what; `canWrite` only hides buttons.
 */
export const DocumentsPanel = ({ owner, canWrite }: { owner: DocumentOwnerFilter; canWrite: boolean }) => {
  const translate = useTranslate();
  const { data, isPending, refetch } = useGetList<DocumentRecord>('documents', {
    filter: owner,
    sort: { field: 'uploadedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const field = (name: string) => translate(`resources.documents.fields.${name}`);
  return (
    <ShowSection id="documents-heading" title={translate('aic.documents.title')}>
      {canWrite && <DocumentUploadForm owner={owner} onUploaded={refetch} />}
      {!isPending && data?.length === 0 && <Typography variant="body2">{translate('aic.documents.empty')}</Typography>}
      {data && data.length > 0 && (
        <Table size="small" aria-labelledby="documents-heading">
          <TableHead>
            <TableRow>
              <TableCell>{field('title')}</TableCell>
              <TableCell>{field('kind')}</TableCell>
              <TableCell>{field('fileName')}</TableCell>
              <TableCell>{field('fileVersion')}</TableCell>
              <TableCell>{field('uploadedAt')}</TableCell>
              <TableCell>
                <span className="fr-sr-only">{translate('aic.documents.actions')}</span>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((document) => (
              <DocumentRow key={document.id} document={document} canWrite={canWrite} onChanged={refetch} />
            ))}
          </TableBody>
        </Table>
      )}
    </ShowSection>
  );
};
