import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { IndicatorInputs } from './IndicatorInputs';

export const IndicatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <IndicatorInputs />
    </SimpleForm>
  </Edit>
);
