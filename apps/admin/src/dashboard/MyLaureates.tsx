import { DataTable, type Identifier, ListContextProvider, ResourceContextProvider, useGetList, useList } from 'react-admin';
import { HealthField, PhaseField } from '../accompaniment/laureates/badges';
import { LaureateLinkField } from '../accompaniment/laureates/LaureateLinkField';
import { EmptyText } from './EmptyText';
import { HomeSection } from './HomeSection';

/** What the table shows (the laureates' long texts stay on the server). */
const MY_LAUREATES_FIELDS = ['name', 'phase', 'health'];

const ACTIVE = ['phase1', 'phase2'];
const rank = (phase: string) => (ACTIVE.includes(phase) ? 0 : 1);

/** The manager's laureates, those being accompanied first, with their phase and health. */
export const MyLaureates = ({ managerId }: { managerId: Identifier }) => {
  const { data = [], isPending } = useGetList('laureates', {
    filter: { accelerationManagerId: managerId },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
    meta: { fields: MY_LAUREATES_FIELDS },
  });
  const sorted = [...data].sort((a, b) => rank(a.phase) - rank(b.phase));
  const list = useList({ data: sorted, isPending, perPage: 200 });
  return (
    <HomeSection title="aic.home.myLaureates">
      <ResourceContextProvider value="laureates">
        <ListContextProvider value={list}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="aic.home.myLaureatesEmpty" />}>
            <DataTable.Col source="name" disableSort>
              <LaureateLinkField />
            </DataTable.Col>
            <DataTable.Col source="phase" disableSort>
              <PhaseField />
            </DataTable.Col>
            <DataTable.Col source="health" disableSort>
              <HealthField />
            </DataTable.Col>
          </DataTable>
        </ListContextProvider>
      </ResourceContextProvider>
    </HomeSection>
  );
};
