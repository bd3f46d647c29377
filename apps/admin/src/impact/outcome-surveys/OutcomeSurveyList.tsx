import { DataTable, List, ShowButton } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { autonomyLevelChoices, outcomeSurveyStatusChoices } from '../../common/choices';
import { ChoiceColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { outcomeSurveyFilters } from './outcomeSurveyFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'status', choices: 'outcomeSurveyStatuses' },
  { source: 'monthsSaved' },
  { source: 'autonomyWithAdministrations', choices: 'autonomyLevels' },
  { source: 'newPartnersMet' },
  { source: 'interministerialActions' },
  { source: 'whatTheAcceleratorEnabled' },
  { source: 'nextSteps' },
  { source: 'quote' },
  { source: 'validatedAt', format: 'datetime' },
];

export const OutcomeSurveyList = () => {
  const exporter = useCsvExporter('outcome-surveys', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={outcomeSurveyFilters} sort={{ field: 'id', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <ReferenceColumn source="laureateId" reference="laureates" link={false} />
        <ChoiceColumn source="status" choices={outcomeSurveyStatusChoices} />
        <DataTable.Col source="monthsSaved" />
        <ChoiceColumn source="autonomyWithAdministrations" choices={autonomyLevelChoices} disableSort />
        <DataTable.Col source="newPartnersMet" disableSort />
        <DataTable.Col source="interministerialActions" disableSort />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
