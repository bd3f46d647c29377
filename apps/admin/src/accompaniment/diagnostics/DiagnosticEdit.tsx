import { Edit, SimpleForm } from 'react-admin';
import { LaureateChildToolbar } from '../laureates/LaureateChildToolbar';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { DiagnosticInputs } from './DiagnosticInputs';

export const DiagnosticEdit = () => (
  <Edit mutationMode="pessimistic" redirect={redirectToLaureateTab('')}>
    <SimpleForm toolbar={<LaureateChildToolbar tab="" />}>
      <DiagnosticInputs />
    </SimpleForm>
  </Edit>
);
