import { DataTable, List, ShowButton } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { committeeKindChoices, committeeStatusChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { committeeFilters } from './committeeFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'seasonId' },
  { source: 'kind', choices: 'committeeKinds' },
  { source: 'title' },
  { source: 'heldOn', format: 'date' },
  { source: 'startTime' },
  { source: 'endTime' },
  { source: 'place' },
  { source: 'videoLink' },
  { source: 'status', choices: 'committeeStatuses' },
  { source: 'closedAt', format: 'datetime' },
];

export const CommitteeList = () => {
  const exporter = useCsvExporter('committees', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={committeeFilters} sort={{ field: 'heldOn', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="title" />
        <ReferenceColumn source="seasonId" reference="seasons" link={false} />
        <ChoiceColumn source="kind" choices={committeeKindChoices} />
        <DateColumn source="heldOn" />
        <DataTable.Col source="place" disableSort />
        <ChoiceColumn source="status" choices={committeeStatusChoices} />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
