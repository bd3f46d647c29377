import { DataTable, List, ShowButton } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { applicationStatusChoices, carrierKindChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { ListPagination } from '../../common/ListPagination';
import { applicationFilters } from './applicationFilters';

export const ApplicationList = () => (
  <List pagination={<ListPagination />} filters={applicationFilters} sort={{ field: 'submittedAt', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="projectName" />
      <DataTable.Col source="carrierName" />
      <ChoiceColumn source="carrierKind" choices={carrierKindChoices} />
      <ReferenceColumn source="callId" reference="calls" link={false} />
      <ChoiceColumn source="status" choices={applicationStatusChoices} />
      <DateColumn source="submittedAt" />
      <ActionsColumn>
        <ShowButton />
      </ActionsColumn>
    </DataTable>
  </List>
);
