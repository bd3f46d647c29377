import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { axisChoices, objectiveStatusChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { LocaleDateField } from '../common/fields';
import { LaureateChildRowButtons } from '../laureates/LaureateChildRowButtons';
import { objectiveFilters } from './objectiveFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'axis', choices: 'axes' },
  { source: 'title' },
  { source: 'description' },
  { source: 'status', choices: 'objectiveStatuses' },
  { source: 'targetDate', format: 'date' },
];

export const ObjectiveList = () => {
  const exporter = useCsvExporter('objectives', csvColumns);
  return (
    <List filters={objectiveFilters} sort={{ field: 'targetDate', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="title" />
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link="show" />
        </DataTable.Col>
        <DataTable.Col source="axis">
          <SelectField source="axis" choices={axisChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={objectiveStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="targetDate">
          <LocaleDateField source="targetDate" />
        </DataTable.Col>
        <ActionsColumn>
          <LaureateChildRowButtons />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
