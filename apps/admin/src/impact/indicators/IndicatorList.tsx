import { BooleanField, DataTable, List, NumberField, ShowButton } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { indicatorDirectionChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { indicatorFilters } from './indicatorFilters';
import { ProgressField } from './ProgressField';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'laureateId' },
  { source: 'name' },
  { source: 'unit' },
  { source: 'direction', choices: 'indicatorDirections' },
  { source: 'baselineValue' },
  { source: 'baselineOn', format: 'date' },
  { source: 'targetValue' },
  { source: 'targetOn', format: 'date' },
  { source: 'latestValue' },
  { source: 'latestMeasuredOn', format: 'date' },
  { source: 'progressPercent' },
  { source: 'targetReached', format: 'boolean' },
];

export const IndicatorList = () => {
  const exporter = useCsvExporter('indicators', csvColumns);
  return (
    <List pagination={<ListPagination />} filters={indicatorFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <ReferenceColumn source="laureateId" reference="laureates" link={false} />
        <DataTable.Col source="name" />
        <DataTable.Col source="unit" disableSort />
        <ChoiceColumn source="direction" choices={indicatorDirectionChoices} disableSort />
        <DataTable.Col source="baselineValue" disableSort>
          <NumberField source="baselineValue" locales="fr-FR" />
        </DataTable.Col>
        <DataTable.Col source="targetValue" disableSort>
          <NumberField source="targetValue" locales="fr-FR" />
        </DataTable.Col>
        <DataTable.Col source="latestValue" disableSort>
          <NumberField source="latestValue" locales="fr-FR" emptyText="—" />
        </DataTable.Col>
        <DateColumn source="latestMeasuredOn" disableSort />
        <DataTable.Col source="progressPercent" disableSort>
          <ProgressField />
        </DataTable.Col>
        <DataTable.Col source="targetReached" disableSort>
          <BooleanField source="targetReached" emptyText="—" />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
