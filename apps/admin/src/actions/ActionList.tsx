import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { actionStatusChoices, axisChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { LaureateChildRowButtons } from '../laureates/LaureateChildRowButtons';
import { actionFilters } from './actionFilters';
import { DueOnField } from './DueOnField';
import { MarkDoneButton } from './MarkDoneButton';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'title' },
  { source: 'axis', choices: 'axes' },
  { source: 'supportType', choices: 'supportTypes' },
  { source: 'status', choices: 'actionStatuses' },
  { source: 'dueOn', format: 'date' },
  { source: 'doneOn', format: 'date' },
  { source: 'ownerId' },
  { source: 'objectiveId' },
  { source: 'description' },
  { source: 'outcome' },
];

export const ActionList = () => {
  const exporter = useCsvExporter('actions', csvColumns);
  return (
    <List filters={actionFilters} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="title" />
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link="show" />
        </DataTable.Col>
        <DataTable.Col source="axis">
          <SelectField source="axis" choices={axisChoices} />
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
          <LaureateChildRowButtons>
            <MarkDoneButton />
          </LaureateChildRowButtons>
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
