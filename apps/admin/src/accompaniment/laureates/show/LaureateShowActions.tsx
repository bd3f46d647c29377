import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { DeleteRecordButton } from '../../../common/DeleteRecordButton';
import { useHasRole } from '../../../common/permissions';
import { useCanWriteLaureate } from '../useCanWriteLaureate';

/** Edit for whoever may write this laureate; delete (confirmed) for programme leads and admins only. */
export const LaureateShowActions = () => {
  const record = useRecordContext();
  const canWrite = useCanWriteLaureate(record);
  const lead = useHasRole('admin', 'programme_lead');
  if (!canWrite) return null;
  return (
    <TopToolbar>
      <EditButton />
      {lead && <DeleteRecordButton />}
    </TopToolbar>
  );
};
