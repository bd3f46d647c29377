import { DataTable, List, ReferenceField, SelectField, ShowButton, TextField } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { commitmentKindChoices, commitmentStatusChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { EuroField, LocaleDateField } from '../common/fields';
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
    <List filters={commitmentFilters} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="dueOn">
          <LocaleDateField source="dueOn" />
        </DataTable.Col>
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link={false} />
        </DataTable.Col>
        <DataTable.Col source="organisationId" disableSort>
          <ReferenceField source="organisationId" reference="organisations" link={false} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={commitmentKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort>
          <TextField source="description" />
        </DataTable.Col>
        <DataTable.Col source="amount" align="right">
          <EuroField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={commitmentStatusChoices} />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
