import { DataTable } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListOfFields } from '../../common/ListOfFields';
import { ListPagination } from '../../common/ListPagination';
import { DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { LaureateChildRowButtons } from '../laureates/LaureateChildRowButtons';
import { interactionFilters } from './interactionFilters';
import { KindField } from './KindLabel';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'occurredAt', format: 'datetime' },
  { source: 'kind', choices: 'interactionKinds' },
  { source: 'title' },
  { source: 'summary' },
  { source: 'organisationId' },
  { source: 'followUp' },
  { source: 'followUpDueOn', format: 'date' },
];

/** The fields the list shows, asked for alone (`meta.fields`): not each entry's summary and participants. */
const LIST_FIELDS = ['occurredAt', 'laureateId', 'kind', 'title', 'followUp'];

/** The journal of every laureate the user may read, newest first. */
export const InteractionList = () => {
  const exporter = useCsvExporter('interactions', csvColumns);
  return (
    <ListOfFields
      fields={LIST_FIELDS}
      pagination={<ListPagination />}
      filters={interactionFilters}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      exporter={exporter}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DateColumn source="occurredAt" showTime />
        <ReferenceColumn source="laureateId" reference="laureates" link="show" />
        <DataTable.Col source="kind">
          <KindField />
        </DataTable.Col>
        <DataTable.Col source="title" />
        <DataTable.Col source="followUp" disableSort />
        <ActionsColumn>
          <LaureateChildRowButtons />
        </ActionsColumn>
      </DataTable>
    </ListOfFields>
  );
};
