import { BooleanField, DataTable, EditButton, List } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { DateColumn } from '../../common/columns';

/** One row per season: published or not, and since when. */
export const SeasonPublicationList = () => (
  <List pagination={false} exporter={false} sort={{ field: 'year', order: 'DESC' }}>
    <DataTable bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="seasonName" disableSort />
      <DataTable.Col source="year" disableSort />
      <DataTable.Col source="published" disableSort>
        <BooleanField source="published" />
      </DataTable.Col>
      <DateColumn source="publishedAt" disableSort />
      <ActionsColumn>
        <EditButton />
      </ActionsColumn>
    </DataTable>
  </List>
);
