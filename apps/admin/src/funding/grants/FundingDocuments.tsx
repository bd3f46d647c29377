import { useRecordContext } from 'react-admin';
import { useHasRole } from '../../common/permissions';
import { DocumentsPanel } from '../../platform/documents';

/** A grant's or a disbursement's documents: written by those who write funding (admins, programme leads). */
export const FundingDocuments = ({ field }: { field: 'grantId' | 'disbursementId' }) => {
  const record = useRecordContext();
  const canWrite = useHasRole('admin', 'programme_lead');
  if (!record) return null;
  const owner = field === 'grantId' ? { grantId: Number(record.id) } : { disbursementId: Number(record.id) };
  return <DocumentsPanel owner={owner} canWrite={canWrite} />;
};
