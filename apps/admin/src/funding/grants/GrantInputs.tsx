import { Stack } from '@mui/material';
import { AutocompleteInput, minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { grantPurposeChoices, grantStatusChoices } from '../../common/choices';

export const GrantInputs = () => (
  <>
    <ReferenceInput source="laureateId" reference="laureates" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="amount" min={0.01} step={0.01} validate={[required(), minValue(0.01)]} />
      <SelectInput source="purpose" choices={grantPurposeChoices} validate={required()} />
    </Stack>
    <SelectInput source="status" choices={grantStatusChoices} validate={required()} />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <DateInput source="agreementSignedOn" />
      <DateInput source="justificationDueOn" />
      <DateInput source="justificationReceivedOn" />
    </Stack>
    <TextInput source="notes" multiline minRows={3} />
  </>
);
