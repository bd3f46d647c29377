import { DataTable, List, ShowButton } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { grantPurposeChoices, grantStatusChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, EuroColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { GrantFollowUpCell } from './GrantFollowUp';
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
  { source: 'agreementSigned', format: 'boolean' },
  { source: 'reportsReceived' },
  { source: 'reportMissing', format: 'boolean' },
];

export const GrantList = () => {
  const exporter = useCsvExporter('grants', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={grantFilters} sort={{ field: 'id', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        <ReferenceColumn source="laureateId" reference="laureates" link={false} />
        <EuroColumn source="amount" />
        <ChoiceColumn source="purpose" choices={grantPurposeChoices} disableSort />
        <ChoiceColumn source="status" choices={grantStatusChoices} />
        <DateColumn source="agreementSignedOn" />
        <DateColumn source="justificationDueOn" />
        <DataTable.Col source="followUp" disableSort>
          <GrantFollowUpCell />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
