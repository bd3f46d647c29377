import { DataTable, List } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { axisChoices, objectiveStatusChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
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
    <List pagination={<ListPagination />} filters={objectiveFilters} sort={{ field: 'targetDate', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="title" />
        <ReferenceColumn source="laureateId" reference="laureates" link="show" />
        <ChoiceColumn source="axis" choices={axisChoices} />
        <ChoiceColumn source="status" choices={objectiveStatusChoices} />
        <DateColumn source="targetDate" />
        <ActionsColumn>
          <LaureateChildRowButtons />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
