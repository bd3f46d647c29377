import { required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { axisChoices, objectiveStatusChoices } from '../../common/choices';
import { LaureateInput } from '../laureates/LaureateInput';
import { FormRow } from '../laureates/FormRow';


export const ObjectiveInputs = () => (
  <>
    <LaureateInput writableOnly validate={required()} />
    <TextInput source="title" validate={required()} />
    <FormRow columns={3}>
      <SelectInput source="axis" choices={axisChoices} validate={required()} />
      <SelectInput source="status" choices={objectiveStatusChoices} validate={required()} />
      <DateInput source="targetDate" />
    </FormRow>
    <TextInput source="description" multiline minRows={3} />
  </>
);
