import { DataTable, List, ShowButton } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { callStatusChoices, trackChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { ListPagination } from '../../common/ListPagination';

export const CallList = () => (
  <List pagination={<ListPagination />} sort={{ field: 'opensOn', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="title" />
      <ReferenceColumn source="seasonId" reference="seasons" link={false} />
      <ChoiceColumn source="track" choices={trackChoices} />
      <ChoiceColumn source="status" choices={callStatusChoices} />
      <DateColumn source="opensOn" />
      <DateColumn source="closesOn" />
      <ActionsColumn>
        <ShowButton />
      </ActionsColumn>
    </DataTable>
  </List>
);
