import { BooleanInput, NumberInput, ReferenceInput, required, SelectInput } from 'react-admin';

export const DsSyncInputs = () => (
  <>
    <ReferenceInput source="callId" reference="calls" sort={{ field: 'id', order: 'DESC' }}>
      <SelectInput optionText="title" validate={required()} />
    </ReferenceInput>
    <NumberInput source="procedureNumber" min={1} step={1} validate={required()} />
    <BooleanInput source="enabled" defaultValue />
  </>
);
