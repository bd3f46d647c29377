import { EditButton, TopToolbar, useResourceDefinition } from 'react-admin';
import { DeleteRecordButton } from './DeleteRecordButton';

/** Edit and (confirmed, pessimistic) delete, only for roles that have the edit view. */
export const ShowActions = () => {
  const { hasEdit } = useResourceDefinition();
  if (!hasEdit) return null;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteRecordButton />
    </TopToolbar>
  );
};
