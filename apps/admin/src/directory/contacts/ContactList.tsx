import { DataTable, EditButton, EmailField, List, ShowButton, useRecordContext } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { useHasRole } from '../../common/permissions';
import { ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { contactFilters, dataProtectionFilters } from './contactFilters';
import { ContactNameField } from './contactFields';
import { MembershipsField } from './MembershipsField';
import { BulkAnonymiseButton } from './personal-data/BulkAnonymiseButton';
import { DATA_PROTECTION_ROLES } from './personal-data/roles';
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
  const record = useRecordContext();
  const canWrite = useCanWriteContact(record) && !record?.anonymisedAt;
  return (
    <>
      {canWrite && <EditButton />}
      <ShowButton />
    </>
  );
};

export const ContactList = () => {
  const exporter = useCsvExporter('contacts', csvColumns);
  const protectsData = useHasRole(...DATA_PROTECTION_ROLES);
  return (
    <List
      pagination={<ListPagination />}
      filters={protectsData ? dataProtectionFilters : contactFilters}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
    >
      <DataTable bulkActionButtons={protectsData ? <BulkAnonymiseButton /> : false} rowClick="show">
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
