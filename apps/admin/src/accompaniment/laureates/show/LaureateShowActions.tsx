import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { DeleteRecordButton } from '../../../common/DeleteRecordButton';
import { useHasRole } from '../../../common/permissions';
import { useApiGet } from '../../../common/useApiGet';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { ArchiveLaureateButton, type LaureateHistory, RestoreLaureateButton } from './ArchiveLaureateButton';

/**
 * Edit for whoever may write this laureate (not while archived). For programme leads and admins: delete (confirmed)
 * a laureate with nothing hanging off it, archive one with a history, restore an archived one.
 */
export const LaureateShowActions = () => {
  const record = useRecordContext();
  const canWrite = useCanWriteLaureate(record);
  const lead = useHasRole('admin', 'programme_lead');
  const history = useApiGet<LaureateHistory>(lead && record ? `/api/laureates/${record.id}/history` : null, record?.version);
  if (!canWrite || !record) return null;
  if (record.archivedAt) return <TopToolbar>{lead && <RestoreLaureateButton record={record} />}</TopToolbar>;
  return (
    <TopToolbar>
      <EditButton />
      {lead && history.data?.deletable === true && <DeleteRecordButton />}
      {lead && history.data?.deletable === false && <ArchiveLaureateButton record={record} history={history.data} />}
    </TopToolbar>
  );
};
