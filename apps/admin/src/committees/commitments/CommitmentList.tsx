import { DataTable, List, ShowButton, TextField } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { commitmentKindChoices, commitmentStatusChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, EuroColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { commitmentFilters } from './commitmentFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'committeeId' },
  { source: 'organisationId' },
  { source: 'kind', choices: 'commitmentKinds' },
  { source: 'description' },
  { source: 'amount', format: 'money' },
  { source: 'dueOn', format: 'date' },
  { source: 'status', choices: 'commitmentStatuses' },
];

export const CommitmentList = () => {
  const exporter = useCsvExporter('commitments', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={commitmentFilters} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DateColumn source="dueOn" />
        <ReferenceColumn source="laureateId" reference="laureates" link={false} />
        <ReferenceColumn source="organisationId" reference="organisations" link={false} />
        <ChoiceColumn source="kind" choices={commitmentKindChoices} />
        <DataTable.Col source="description" disableSort>
          <TextField source="description" />
        </DataTable.Col>
        <EuroColumn source="amount" />
        <ChoiceColumn source="status" choices={commitmentStatusChoices} />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
