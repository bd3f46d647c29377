import { DataTable, List, SelectField, ShowButton } from 'react-admin';
import { seasonStatusChoices } from '../common/choices';
import { ActionsColumn } from '../common/ActionsColumn';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { EuroField, LocaleDateField } from '../common/fields';
import { seasonFilters } from './seasonFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'name' },
  { source: 'year' },
  { source: 'theme' },
  { source: 'status', choices: 'seasonStatuses' },
  { source: 'callOpensOn', format: 'date' },
  { source: 'callClosesOn', format: 'date' },
  { source: 'accompanimentStartsOn', format: 'date' },
  { source: 'accompanimentEndsOn', format: 'date' },
  { source: 'fundingEnvelope', format: 'money' },
  { source: 'notes' },
];

export const SeasonList = () => {
  const exporter = useCsvExporter('seasons', csvColumns);
  return (
    <List filters={seasonFilters} sort={{ field: 'year', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="year" />
        <DataTable.Col source="status">
          <SelectField source="status" choices={seasonStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="callOpensOn">
          <LocaleDateField source="callOpensOn" />
        </DataTable.Col>
        <DataTable.Col source="callClosesOn" disableSort>
          <LocaleDateField source="callClosesOn" />
        </DataTable.Col>
        <DataTable.Col source="fundingEnvelope" align="right">
          <EuroField source="fundingEnvelope" />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
