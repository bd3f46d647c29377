import { Create, SimpleForm } from 'react-admin';
import { LaureateInputs } from './LaureateInputs';

export const LaureateCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ phase: 'phase1', health: 'on_track', track: 'dinum', themes: [] }}>
      <LaureateInputs />
    </SimpleForm>
  </Create>
);
