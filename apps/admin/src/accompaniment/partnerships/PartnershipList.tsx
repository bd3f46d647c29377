import { DataTable, List } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { partnershipPurposeChoices, partnershipStatusChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
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
    <List pagination={<ListPagination />} filters={partnershipFilters} sort={{ field: 'since', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <ReferenceColumn source="organisationId" reference="organisations" link={false} />
        <ReferenceColumn source="laureateId" reference="laureates" link="show" />
        <ChoiceColumn source="purpose" choices={partnershipPurposeChoices} />
        <ChoiceColumn source="status" choices={partnershipStatusChoices} />
        <DateColumn source="since" />
        <ActionsColumn>
          <LaureateChildRowButtons />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
