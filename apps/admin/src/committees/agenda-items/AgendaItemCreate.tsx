import { Create, SimpleForm } from 'react-admin';
import { AgendaItemInputs } from './AgendaItemInputs';
import { toCommittee } from './toCommittee';

// Opened from a committee's page, which passes `committeeId` in the location state.
export const AgendaItemCreate = () => (
  <Create mutationMode="pessimistic" redirect={toCommittee}>
    <SimpleForm>
      <AgendaItemInputs />
    </SimpleForm>
  </Create>
);
