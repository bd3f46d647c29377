import { DataTable, List, NumberField, ShowButton, TextField } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ChoiceColumn, DateColumn } from '../../common/columns';
import { mailKindChoices, mailStatusChoices } from '../../common/choices';
import { ListPagination } from '../../common/ListPagination';
import { mailMessageFilters } from './mailMessageFilters';

export const MailMessageList = () => (
  <List pagination={<ListPagination />} filters={mailMessageFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DateColumn source="createdAt" showTime />
      <DataTable.Col source="recipient">
        <TextField source="recipient" />
      </DataTable.Col>
      <DataTable.Col source="subject">
        <TextField source="subject" />
      </DataTable.Col>
      <ChoiceColumn source="kind" choices={mailKindChoices} />
      <ChoiceColumn source="status" choices={mailStatusChoices} />
      <DataTable.Col source="attempts" align="right" disableSort>
        <NumberField source="attempts" />
      </DataTable.Col>
      <ActionsColumn>
        <ShowButton />
      </ActionsColumn>
    </DataTable>
  </List>
);
