import { useRecordContext } from 'react-admin';
import { DocumentsPanel } from '../../../platform/documents';
import { useCanWriteLaureate } from '../useCanWriteLaureate';

/** The laureate's own documents (its grants' and disbursements' are on their pages). */
export const DocumentsTab = (_: { label?: false }) => {
  const laureate = useRecordContext();
  const canWrite = useCanWriteLaureate(laureate);
  if (!laureate) return null;
  return <DocumentsPanel owner={{ laureateId: Number(laureate.id) }} canWrite={canWrite} />;
};
