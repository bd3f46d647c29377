import { DataTable, EditButton, EmailField, List, ShowButton, useRecordContext } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { contactFilters } from './contactFilters';
import { ContactNameField } from './contactFields';
import { MembershipsField } from './MembershipsField';
import { useCanWriteContact } from './useCanWriteContact';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'lastName' },
  { source: 'firstName' },
  { source: 'email' },
  { source: 'phone' },
  { source: 'jobTitle' },
  { source: 'organisationId' },
  { source: 'laureates', format: 'json' },
];

const RowButtons = () => {
  const canWrite = useCanWriteContact(useRecordContext());
  return (
    <>
      {canWrite && <EditButton />}
      <ShowButton />
    </>
  );
};

export const ContactList = () => {
  const exporter = useCsvExporter('contacts', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={contactFilters} sort={{ field: 'lastName', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="lastName">
          <ContactNameField />
        </DataTable.Col>
        <DataTable.Col source="email">
          <EmailField source="email" onClick={(e) => e.stopPropagation()} />
        </DataTable.Col>
        <DataTable.Col source="jobTitle" />
        <ReferenceColumn source="organisationId" reference="organisations" link="show" />
        <DataTable.Col source="laureates" disableSort>
          <MembershipsField />
        </DataTable.Col>
        <ActionsColumn>
          <RowButtons />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
