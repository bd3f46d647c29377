import { BooleanField, DataTable, EditButton, List } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { DateColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { ChoiceChipsField } from '../../common/fields';
import { userFilters } from './userFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'email' },
  { source: 'fullName' },
  { source: 'roles', choices: 'roles' },
  { source: 'active', format: 'boolean' },
  { source: 'lastLoginAt', format: 'datetime' },
  { source: 'createdAt', format: 'datetime' },
];

export const UserList = () => {
  const exporter = useCsvExporter('users', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={userFilters} sort={{ field: 'fullName', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="fullName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="roles" disableSort>
          <ChoiceChipsField source="roles" group="roles" />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
        <DateColumn source="lastLoginAt" showTime />
        <DateColumn source="createdAt" />
        <ActionsColumn>
          <EditButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
