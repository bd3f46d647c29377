import { DataTable, List, ReferenceField, SelectField, ShowButton } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { committeeKindChoices, committeeStatusChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { LocaleDateField } from '../common/fields';
import { committeeFilters } from './committeeFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'seasonId' },
  { source: 'kind', choices: 'committeeKinds' },
  { source: 'title' },
  { source: 'heldOn', format: 'date' },
  { source: 'place' },
  { source: 'videoLink' },
  { source: 'status', choices: 'committeeStatuses' },
  { source: 'closedAt', format: 'datetime' },
];

export const CommitteeList = () => {
  const exporter = useCsvExporter('committees', csvColumns);
  return (
    <List filters={committeeFilters} sort={{ field: 'heldOn', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="title" />
        <DataTable.Col source="seasonId" disableSort>
          <ReferenceField source="seasonId" reference="seasons" link={false} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={committeeKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="heldOn">
          <LocaleDateField source="heldOn" />
        </DataTable.Col>
        <DataTable.Col source="place" disableSort />
        <DataTable.Col source="status">
          <SelectField source="status" choices={committeeStatusChoices} />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
