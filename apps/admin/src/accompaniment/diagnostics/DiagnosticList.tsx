import { DataTable, List } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
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
    <List pagination={<ListPagination />} filters={filters} sort={{ field: 'heldOn', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <ReferenceColumn source="laureateId" reference="laureates" link={false} />
        <ReferenceColumn source="seasonId" reference="seasons" link={false} sortable />
        <DateColumn source="heldOn" />
        <ActionsColumn>
          <LaureateChildRowButtons />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
