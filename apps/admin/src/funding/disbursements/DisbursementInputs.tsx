import { minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { GrantLabel } from '../grants/GrantLabel';

export const DisbursementInputs = () => (
  <>
    <ReferenceInput source="grantId" reference="grants" sort={{ field: 'id', order: 'DESC' }} perPage={100}>
      <SelectInput optionText={<GrantLabel />} validate={required()} />
    </ReferenceInput>
    <NumberInput source="amount" min={0.01} step={0.01} validate={[required(), minValue(0.01)]} />
    <DateInput source="paidOn" validate={required()} />
    <TextInput source="reference" />
  </>
);
