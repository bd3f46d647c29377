import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { partnershipPurposeChoices, partnershipStatusChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { LocaleDateField } from '../common/fields';
import { LaureateChildRowButtons } from '../laureates/LaureateChildRowButtons';
import { partnershipFilters } from './partnershipFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'organisationId' },
  { source: 'purpose', choices: 'partnershipPurposes' },
  { source: 'status', choices: 'partnershipStatuses' },
  { source: 'since', format: 'date' },
  { source: 'contactId' },
  { source: 'notes' },
];

export const PartnershipList = () => {
  const exporter = useCsvExporter('partnerships', csvColumns);
  return (
    <List filters={partnershipFilters} sort={{ field: 'since', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="organisationId" disableSort>
          <ReferenceField source="organisationId" reference="organisations" link={false} />
        </DataTable.Col>
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link="show" />
        </DataTable.Col>
        <DataTable.Col source="purpose">
          <SelectField source="purpose" choices={partnershipPurposeChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={partnershipStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="since">
          <LocaleDateField source="since" />
        </DataTable.Col>
        <ActionsColumn>
          <LaureateChildRowButtons />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
