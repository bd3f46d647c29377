import { DataTable, List, ReferenceField, SelectField, ShowButton } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { trackChoices } from '../common/choices';
import { type CsvColumn, useCsvExporter } from '../common/csv';
import { LocaleDateField } from '../common/fields';
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

export const LaureateList = () => {
  const exporter = useCsvExporter('laureates', csvColumns);
  return (
    <List filters={laureateFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="seasonId">
          <ReferenceField source="seasonId" reference="seasons" link={false} />
        </DataTable.Col>
        <DataTable.Col source="phase">
          <PhaseField />
        </DataTable.Col>
        <DataTable.Col source="track">
          <SelectField source="track" choices={trackChoices} />
        </DataTable.Col>
        <DataTable.Col source="accelerationManagerId" disableSort>
          <ReferenceField source="accelerationManagerId" reference="staff-members" link={false} />
        </DataTable.Col>
        <DataTable.Col source="health">
          <HealthField />
        </DataTable.Col>
        <DataTable.Col source="updatedAt">
          <LocaleDateField source="updatedAt" />
        </DataTable.Col>
        <ActionsColumn>
          <ShowButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
