import { Box } from '@mui/material';
import {
  DataTable,
  EditButton,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  ShowButton,
  useRecordContext,
} from 'react-admin';
import { DueOnField } from '../../actions/DueOnField';
import { MarkDoneButton } from '../../actions/MarkDoneButton';
import { ActionsColumn } from '../../common/ActionsColumn';
import { actionStatusChoices, axisChoices, supportTypeChoices } from '../../common/choices';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { ActionQuickCreate } from './ActionQuickCreate';

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
          pagination={<Pagination rowsPerPageOptions={[100]} />}
        >
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="axis">
              <SelectField source="axis" choices={axisChoices} />
            </DataTable.Col>
            <DataTable.Col source="supportType" disableSort>
              <SelectField source="supportType" choices={supportTypeChoices} />
            </DataTable.Col>
            <DataTable.Col source="status">
              <SelectField source="status" choices={actionStatusChoices} />
            </DataTable.Col>
            <DataTable.Col source="dueOn">
              <DueOnField />
            </DataTable.Col>
            <DataTable.Col source="ownerId" disableSort>
              <ReferenceField source="ownerId" reference="staff-members" link={false} />
            </DataTable.Col>
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
