import { FormDataConsumer, required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { actionStatusChoices, axisChoices, supportTypeChoices } from '../../common/choices';
import { LaureateInput } from '../laureates/LaureateInput';
import { ObjectiveInput } from '../objectives/ObjectiveInput';
import { StaffInput } from '../../directory/staff-members/StaffInput';
import { FormRow } from '../laureates/FormRow';


export const ActionInputs = () => (
  <>
    <LaureateInput writableOnly validate={required()} />
    <TextInput source="title" validate={required()} />
    <FormRow>
      <SelectInput source="axis" choices={axisChoices} validate={required()} />
      <SelectInput source="supportType" choices={supportTypeChoices} validate={required()} />
    </FormRow>
    <FormDataConsumer>{({ formData }) => <ObjectiveInput laureateId={formData.laureateId} />}</FormDataConsumer>
    <TextInput source="description" multiline minRows={2} />
    <FormRow columns={3}>
      <SelectInput source="status" choices={actionStatusChoices} validate={required()} />
      <DateInput source="dueOn" />
      <DateInput source="doneOn" />
    </FormRow>
    <StaffInput source="ownerId" />
    <TextInput source="outcome" multiline minRows={2} />
  </>
);
