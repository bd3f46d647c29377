import { useRecordContext } from 'react-admin';
import { useHasRole } from '../../../common/permissions';
import { DocumentsPanel } from '../../../platform/documents';

/** A committee's documents (minutes…): read by the staff who read every laureate, as the minutes are; leads write them. */
export const CommitteeDocuments = () => {
  const committee = useRecordContext();
  const readsAll = useHasRole('admin', 'programme_lead', 'acceleration_manager');
  const canWrite = useHasRole('admin', 'programme_lead');
  if (!committee || !readsAll) return null;
  return <DocumentsPanel owner={{ committeeId: Number(committee.id) }} canWrite={canWrite} />;
};
