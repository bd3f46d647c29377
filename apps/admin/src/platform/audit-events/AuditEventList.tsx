import { DataTable, List, ShowButton, TextField } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { auditActionChoices } from '../../common/choices';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ChoiceColumn, DateColumn } from '../../common/columns';
import { WITH_SECONDS } from '../../common/fields';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { ActorField } from './ActorField';
import { auditEventFilters } from './auditEventFilters';
import { ResourceNameField } from './ResourceNameField';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'occurredAt', format: 'datetime' },
  { source: 'actorId' },
  { source: 'actorEmail' },
  { source: 'resource' },
  { source: 'recordId' },
  { source: 'action', choices: 'auditActions' },
  { source: 'changes', format: 'json' },
  { source: 'requestId' },
];

export const AuditEventList = () => {
  const exporter = useCsvExporter('audit-events', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={auditEventFilters} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DateColumn source="occurredAt" showTime options={WITH_SECONDS} />
        <DataTable.Col source="actorId" disableSort>
          <ActorField />
        </DataTable.Col>
        <ChoiceColumn source="action" choices={auditActionChoices} />
        <DataTable.Col source="resource">
          <ResourceNameField />
        </DataTable.Col>
        <DataTable.Col source="recordId" disableSort>
          <TextField source="recordId" />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
