import { Create, SimpleForm } from 'react-admin';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { DiagnosticInputs } from './DiagnosticInputs';

export const DiagnosticCreate = () => (
  <Create mutationMode="pessimistic" redirect={redirectToLaureateTab('')}>
    <SimpleForm>
      <DiagnosticInputs />
    </SimpleForm>
  </Create>
);
