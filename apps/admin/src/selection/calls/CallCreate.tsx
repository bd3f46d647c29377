import { CRITERIA, PANELS } from '@aic/domain';
import { Create, SimpleForm } from 'react-admin';
import { CallInputs } from './CallInputs';

// Equal weights by default, as the API does.
const defaultWeights = Object.fromEntries([...CRITERIA, ...PANELS].map((key) => [`${key}Weight`, 1]));

export const CallCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ status: 'draft', ...defaultWeights }}>
      <CallInputs />
    </SimpleForm>
  </Create>
);
