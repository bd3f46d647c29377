import { DataTable, DateField, List, ReferenceField, ShowButton, TextField, useTranslate } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import type { DsSyncRecord } from './types';

/** Every call linked to its procedure on Démarches Simplifiées, with how its last run went. */
export const DsSyncList = () => {
  const translate = useTranslate();
  return (
    <List pagination={<ListPagination />} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="callId" disableSort>
          <ReferenceField source="callId" reference="calls" link={false}>
            <TextField source="title" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.NumberCol source="procedureNumber" options={{ useGrouping: false }} />
        <DataTable.Col source="status" render={(record: DsSyncRecord) => translate(`aic.dsSyncs.statuses.${record.status}`)} />
        <DataTable.Col source="lastFinishedAt">
          <DateField source="lastFinishedAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="lastError" disableSort />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
