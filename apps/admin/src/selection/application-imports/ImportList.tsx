import { CreateButton, DataTable, ExportButton, List, ReferenceField, ShowButton, TextField, TopToolbar, useTranslate } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import type { ImportRecord } from './types';

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Imports of every call, newest first. */
export const ImportList = () => {
  const translate = useTranslate();
  return (
    <List pagination={<ListPagination />} sort={{ field: 'id', order: 'DESC' }} perPage={25} actions={<Actions />}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id" />
        <DataTable.Col source="callId" disableSort>
          <ReferenceField source="callId" reference="calls" link={false}>
            <TextField source="title" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="fileName" />
        <DataTable.Col source="status" render={(record: ImportRecord) => translate(`aic.imports.statuses.${record.status}`)} />
        <DataTable.NumberCol source="totalRows" disableSort />
        <DataTable.NumberCol source="createdCount" disableSort />
        <DataTable.NumberCol source="updatedCount" disableSort />
        <DataTable.NumberCol source="errorCount" disableSort />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
