import { DataTable, List, ReferenceField } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { LocaleDateField } from '../common/fields';
import { LaureateChildRowButtons } from '../laureates/LaureateChildRowButtons';
import { LaureateInput } from '../laureates/LaureateInput';

const filters = [<LaureateInput key="laureateId" source="laureateId" alwaysOn />];

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'seasonId' },
  { source: 'heldOn', format: 'date' },
  { source: 'participants' },
  { source: 'strengths' },
  { source: 'weaknesses' },
  { source: 'needsConsolidate' },
  { source: 'needsIntegrate' },
  { source: 'needsDeploy' },
];

export const DiagnosticList = () => {
  const exporter = useCsvExporter('diagnostics', csvColumns);
  return (
    <List filters={filters} sort={{ field: 'heldOn', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link={false} />
        </DataTable.Col>
        <DataTable.Col source="seasonId">
          <ReferenceField source="seasonId" reference="seasons" link={false} />
        </DataTable.Col>
        <DataTable.Col source="heldOn">
          <LocaleDateField source="heldOn" />
        </DataTable.Col>
        <ActionsColumn>
          <LaureateChildRowButtons />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
