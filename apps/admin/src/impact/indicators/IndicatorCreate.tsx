import { Create, SimpleForm } from 'react-admin';
import { IndicatorInputs } from './IndicatorInputs';

export const IndicatorCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ direction: 'higher_is_better', baselineValue: 0 }}>
      <IndicatorInputs />
    </SimpleForm>
  </Create>
);
