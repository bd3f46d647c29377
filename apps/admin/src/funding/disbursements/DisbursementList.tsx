import { DataTable, EditButton, List, ReferenceInput, SelectInput, TextField, useResourceDefinition } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { DateColumn, EuroColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { GrantLabel } from '../grants/GrantLabel';

const filters = [
  <ReferenceInput key="grantId" source="grantId" reference="grants" sort={{ field: 'id', order: 'DESC' }} perPage={100} alwaysOn>
    <SelectInput optionText={<GrantLabel />} helperText={false} />
  </ReferenceInput>,
];

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'grantId' },
  { source: 'amount', format: 'money' },
  { source: 'paidOn', format: 'date' },
  { source: 'reference' },
];

export const DisbursementList = () => {
  const exporter = useCsvExporter('disbursements', csvColumns);
  const { hasEdit } = useResourceDefinition();
  return (
    <List pagination={<ListPagination />} filters={filters} sort={{ field: 'paidOn', order: 'DESC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DateColumn source="paidOn" />
        <ReferenceColumn source="grantId" reference="grants" link="show" />
        <EuroColumn source="amount" />
        <DataTable.Col source="reference" disableSort>
          <TextField source="reference" />
        </DataTable.Col>
        {hasEdit && (
          <ActionsColumn>
            <EditButton />
          </ActionsColumn>
        )}
      </DataTable>
    </List>
  );
};
