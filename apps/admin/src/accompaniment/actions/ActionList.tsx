import { DataTable } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListOfFields } from '../../common/ListOfFields';
import { ListPagination } from '../../common/ListPagination';
import { actionStatusChoices, axisChoices } from '../../common/choices';
import { ChoiceColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { LaureateChildRowButtons } from '../laureates/LaureateChildRowButtons';
import { actionFilters } from './actionFilters';
import { DueOnField } from './DueOnField';
import { MarkDoneButton } from './MarkDoneButton';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'title' },
  { source: 'axis', choices: 'axes' },
  { source: 'supportType', choices: 'supportTypes' },
  { source: 'status', choices: 'actionStatuses' },
  { source: 'dueOn', format: 'date' },
  { source: 'doneOn', format: 'date' },
  { source: 'ownerId' },
  { source: 'objectiveId' },
  { source: 'description' },
  { source: 'outcome' },
];

/**
 * The fields the list shows and its row buttons read (`version`: "Marquer comme fait" saves with it), asked for alone
 * (`meta.fields`): the description, outcome and dates of each action are not shown. A column added below reads its
 * field only once named here.
 */
const ACTION_LIST_FIELDS = ['title', 'laureateId', 'axis', 'status', 'dueOn', 'ownerId', 'version'];

export const ActionList = () => {
  const exporter = useCsvExporter('actions', csvColumns);
  return (
    <ListOfFields
      fields={ACTION_LIST_FIELDS}
      pagination={<ListPagination />}
      filters={actionFilters}
      sort={{ field: 'dueOn', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="title" />
        <ReferenceColumn source="laureateId" reference="laureates" link="show" />
        <ChoiceColumn source="axis" choices={axisChoices} />
        <ChoiceColumn source="status" choices={actionStatusChoices} />
        <DataTable.Col source="dueOn">
          <DueOnField />
        </DataTable.Col>
        <ReferenceColumn source="ownerId" reference="staff-members" link={false} />
        <ActionsColumn>
          <LaureateChildRowButtons>
            <MarkDoneButton />
          </LaureateChildRowButtons>
        </ActionsColumn>
      </DataTable>
    </ListOfFields>
  );
};
