import { DataTable, ShowButton } from 'react-admin';
import { ListOfFields } from '../../common/ListOfFields';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { trackChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { type CsvColumn, useCsvExporter } from '../../common/csv';
import { HealthField, PhaseField } from './badges';
import { laureateFilters } from './laureateFilters';

const csvColumns: CsvColumn[] = [
  { source: 'id' },
  { source: 'name' },
  { source: 'seasonId' },
  { source: 'phase', choices: 'laureatePhases' },
  { source: 'track', choices: 'tracks' },
  { source: 'accelerationManagerId' },
  { source: 'health', choices: 'healths' },
  { source: 'healthReason' },
  { source: 'carrierOrganisationId' },
  { source: 'territory' },
  { source: 'themes' },
  { source: 'startedOn', format: 'date' },
  { source: 'phase2StartedOn', format: 'date' },
  { source: 'endedOn', format: 'date' },
  { source: 'website' },
  { source: 'updatedAt', format: 'datetime' },
];

/**
 * The fields the list shows, asked for alone (`meta.fields`): a page of 25 laureates whole is ~19 KB, mostly long texts
 * it does not show. A column added below reads its field only once named here.
 */
const LIST_FIELDS = ['name', 'seasonId', 'phase', 'track', 'accelerationManagerId', 'health', 'updatedAt'];

export const LaureateList = () => {
  const exporter = useCsvExporter('laureates', csvColumns);
  return (
    <ListOfFields
      fields={LIST_FIELDS}
      pagination={<ListPagination />}
      filters={laureateFilters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" />
        <ReferenceColumn source="seasonId" reference="seasons" link={false} sortable />
        <DataTable.Col source="phase">
          <PhaseField />
        </DataTable.Col>
        <ChoiceColumn source="track" choices={trackChoices} />
        <ReferenceColumn source="accelerationManagerId" reference="staff-members" link={false} />
        <DataTable.Col source="health">
          <HealthField />
        </DataTable.Col>
        <DateColumn source="updatedAt" />
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </ListOfFields>
  );
};
