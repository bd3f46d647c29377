import { EditButton, TopToolbar, useGetOne, useRecordContext, useResourceDefinition } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';

/** Edit and delete for writers, while the decision's committee is open (a closed one's decisions are frozen: 409). */
export const DecisionShowActions = () => {
  const decision = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  const { data: committee } = useGetOne('committees', { id: decision?.committeeId }, { enabled: hasEdit && decision != null });
  if (!hasEdit || !committee || committee.status === 'closed') return null;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteRecordButton />
    </TopToolbar>
  );
};
