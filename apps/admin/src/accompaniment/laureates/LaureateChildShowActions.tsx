import { DeleteWithConfirmButton, EditButton, TopToolbar, useRecordContext, useResourceDefinition } from 'react-admin';
import { type LaureateTab, laureateTabPath } from './laureateTabs';
import { useCanWriteLaureateId } from './useCanWriteLaureate';

/** Edit and delete a record hanging off a laureate, only for whoever may write that laureate. */
export const LaureateChildShowActions = ({ tab }: { tab: LaureateTab }) => {
  const record = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  const canWrite = useCanWriteLaureateId(record?.laureateId);
  if (!record || !hasEdit || !canWrite) return null;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteWithConfirmButton mutationMode="pessimistic" redirect={() => laureateTabPath(record.laureateId, tab)} />
    </TopToolbar>
  );
};
