import { Create, SimpleForm } from 'react-admin';
import { MeasurementInputs } from './MeasurementInputs';

/** Back to the indicator, whose progress now counts this measurement. */
export const MeasurementCreate = () => (
  <Create mutationMode="pessimistic" redirect={(_resource, _id, data) => `indicators/${data?.indicatorId}/show`}>
    <SimpleForm>
      <MeasurementInputs />
    </SimpleForm>
  </Create>
);
