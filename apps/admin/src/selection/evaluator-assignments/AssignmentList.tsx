import { CreateButton, DataTable, List, ReferenceInput, SelectInput, TopToolbar } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { panelChoices } from '../../common/choices';
import { ChoiceColumn, ReferenceColumn } from '../../common/columns';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { ListPagination } from '../../common/ListPagination';
import { BulkAssignButton } from './BulkAssignDialog';
import { ApplicationInput, EvaluatorInput } from './evaluatorInput';

const filters = [
  <ReferenceInput key="callId" source="callId" reference="calls" sort={{ field: 'opensOn', order: 'DESC' }} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <ApplicationInput key="applicationId" alwaysOn />,
  <EvaluatorInput key="evaluatorId" alwaysOn />,
  <SelectInput key="panel" source="panel" choices={panelChoices} alwaysOn />,
];

const Actions = () => (
  <TopToolbar>
    <BulkAssignButton />
    <CreateButton />
  </TopToolbar>
);

export const AssignmentList = () => (
  <List pagination={<ListPagination />} filters={filters} actions={<Actions />} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <ReferenceColumn source="applicationId" reference="applications" link="show" />
      <ReferenceColumn source="evaluatorId" reference="staff-members" link={false} />
      <ChoiceColumn source="panel" choices={panelChoices} />
      <ActionsColumn>
        <DeleteRecordButton />
      </ActionsColumn>
    </DataTable>
  </List>
);
