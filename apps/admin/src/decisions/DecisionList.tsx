import { DataTable, List, ReferenceField, SelectField, ShowButton } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { decisionOutcomeChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { EuroField, LocaleDateField } from '../common/fields';
import { decisionFilters } from './decisionFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'committeeId' },
  { source: 'laureateId' },
  { source: 'outcome', choices: 'decisionOutcomes' },
  { source: 'conditions' },
  { source: 'rationale' },
  { source: 'fundingGranted', format: 'money' },
  { source: 'decidedAt', format: 'datetime' },
];

export const DecisionList = () => {
  const exporter = useCsvExporter('decisions', csvColumns);
  return (
    <List filters={decisionFilters} sort={{ field: 'decidedAt', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="decidedAt">
          <LocaleDateField source="decidedAt" />
        </DataTable.Col>
        <DataTable.Col source="committeeId" disableSort>
          <ReferenceField source="committeeId" reference="committees" link={false} />
        </DataTable.Col>
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link={false} />
        </DataTable.Col>
        <DataTable.Col source="outcome">
          <SelectField source="outcome" choices={decisionOutcomeChoices} />
        </DataTable.Col>
        <DataTable.Col source="fundingGranted" align="right">
          <EuroField source="fundingGranted" />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
