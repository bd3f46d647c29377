import { DataTable, List, ShowButton } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { organisationKindChoices } from '../../common/choices';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { organisationFilters } from './organisationFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'name' },
  { source: 'acronym' },
  { source: 'kind', choices: 'organisationKinds' },
  { source: 'parentId' },
  { source: 'territory' },
  { source: 'website' },
  { source: 'notes' },
  { source: 'createdAt', format: 'datetime' },
];

export const OrganisationList = () => {
  const exporter = useCsvExporter('organisations', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={organisationFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="acronym" />
        <ChoiceColumn source="kind" choices={organisationKindChoices} />
        <ReferenceColumn source="parentId" reference="organisations" link="show" />
        <DataTable.Col source="territory" />
        <DateColumn source="createdAt" />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
