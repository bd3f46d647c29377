import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { MeasurementInputs } from './MeasurementInputs';

export const MeasurementEdit = () => (
  <Edit mutationMode="pessimistic" redirect={(_resource, _id, data) => `indicators/${data?.indicatorId}/show`}>
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <MeasurementInputs />
    </SimpleForm>
  </Edit>
);
