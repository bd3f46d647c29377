import { EditButton, TopToolbar, useRecordContext, useResourceDefinition } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
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
      <DeleteRecordButton redirect={() => laureateTabPath(record.laureateId, tab)} />
    </TopToolbar>
  );
};
