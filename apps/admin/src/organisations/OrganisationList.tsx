import { DataTable, List, ReferenceField, SelectField, ShowButton } from 'react-admin';
import { organisationKindChoices } from '../common/choices';
import { ActionsColumn } from '../common/ActionsColumn';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { LocaleDateField } from '../common/fields';
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
    <List filters={organisationFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="acronym" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={organisationKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort>
          <ReferenceField source="parentId" reference="organisations" link="show" />
        </DataTable.Col>
        <DataTable.Col source="territory" />
        <DataTable.Col source="createdAt">
          <LocaleDateField source="createdAt" />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
