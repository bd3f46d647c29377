import { Edit, SimpleForm } from 'react-admin';
import { useHasRole } from '../../common/permissions';
import { SaveDeleteToolbar, SaveOnlyToolbar } from '../../common/toolbars';
import { LaureateInputs } from './LaureateInputs';

/** Only programme leads and admins delete a laureate. */
export const LaureateEdit = () => {
  const lead = useHasRole('admin', 'programme_lead');
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={lead ? <SaveDeleteToolbar /> : <SaveOnlyToolbar />}>
        <LaureateInputs />
      </SimpleForm>
    </Edit>
  );
};
