import { DataTable, List, ShowButton } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { seasonStatusChoices } from '../../common/choices';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ChoiceColumn, DateColumn, EuroColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
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
    <List pagination={<ListPagination />} filters={seasonFilters} sort={{ field: 'year', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="year" />
        <ChoiceColumn source="status" choices={seasonStatusChoices} />
        <DateColumn source="callOpensOn" />
        <DateColumn source="callClosesOn" disableSort />
        <EuroColumn source="fundingEnvelope" />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
