import { DataTable, List, ReferenceField, SelectField, ShowButton } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { grantPurposeChoices, grantStatusChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { EuroField, LocaleDateField } from '../common/fields';
import { grantFilters } from './grantFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'decisionId' },
  { source: 'amount', format: 'money' },
  { source: 'purpose', choices: 'grantPurposes' },
  { source: 'status', choices: 'grantStatuses' },
  { source: 'agreementSignedOn', format: 'date' },
  { source: 'justificationDueOn', format: 'date' },
  { source: 'justificationReceivedOn', format: 'date' },
  { source: 'notes' },
];

export const GrantList = () => {
  const exporter = useCsvExporter('grants', csvColumns);
  return (
    <List filters={grantFilters} sort={{ field: 'id', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link={false} />
        </DataTable.Col>
        <DataTable.Col source="amount" align="right">
          <EuroField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="purpose" disableSort>
          <SelectField source="purpose" choices={grantPurposeChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={grantStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="agreementSignedOn">
          <LocaleDateField source="agreementSignedOn" />
        </DataTable.Col>
        <DataTable.Col source="justificationDueOn">
          <LocaleDateField source="justificationDueOn" />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
