import { Box } from '@mui/material';
import { DataTable, EditButton, ReferenceManyField, ShowButton, useRecordContext } from 'react-admin';
import { DueOnField } from '../../actions/DueOnField';
import { MarkDoneButton } from '../../actions/MarkDoneButton';
import { ActionsColumn } from '../../../common/ActionsColumn';
import { ListPagination } from '../../../common/ListPagination';
import { actionStatusChoices, axisChoices, supportTypeChoices } from '../../../common/choices';
import { ChoiceColumn, ReferenceColumn } from '../../../common/columns';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { ActionQuickCreate } from './ActionQuickCreate';

/** The fields the tab shows and its buttons read (`version`: "Marquer comme fait" saves with it). */
const TAB_FIELDS = ['title', 'axis', 'supportType', 'status', 'dueOn', 'ownerId', 'version'];

/** This laureate's actions, soonest due first; writers add one inline and mark one done in one click. */
export const ActionsTab = (_: { label?: false }) => {
  const laureate = useRecordContext();
  const canWrite = useCanWriteLaureate(laureate);
  if (!laureate) return null;
  return (
    <>
      {canWrite && <ActionQuickCreate laureateId={laureate.id} />}
      <Box sx={{ overflowX: 'auto' }}>
        <ReferenceManyField
          reference="actions"
          target="laureateId"
          sort={{ field: 'dueOn', order: 'ASC' }}
          perPage={100}
          queryOptions={{ meta: { fields: TAB_FIELDS } }}
          pagination={<ListPagination rowsPerPageOptions={[100]} />}
        >
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="title" />
            <ChoiceColumn source="axis" choices={axisChoices} />
            <ChoiceColumn source="supportType" choices={supportTypeChoices} disableSort />
            <ChoiceColumn source="status" choices={actionStatusChoices} />
            <DataTable.Col source="dueOn">
              <DueOnField />
            </DataTable.Col>
            <ReferenceColumn source="ownerId" reference="staff-members" link={false} />
            <ActionsColumn>
              {canWrite ? (
                <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', whiteSpace: 'nowrap' }}>
                  <MarkDoneButton />
                  <EditButton />
                </Box>
              ) : (
                <ShowButton />
              )}
            </ActionsColumn>
          </DataTable>
        </ReferenceManyField>
      </Box>
    </>
  );
};
