import { DataTable, List, ShowButton } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { decisionOutcomeChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, EuroColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
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
    <List pagination={<ListPagination />} filters={decisionFilters} sort={{ field: 'decidedAt', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DateColumn source="decidedAt" />
        <ReferenceColumn source="committeeId" reference="committees" link={false} />
        <ReferenceColumn source="laureateId" reference="laureates" link={false} />
        <ChoiceColumn source="outcome" choices={decisionOutcomeChoices} />
        <EuroColumn source="fundingGranted" />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
