import { Stack } from '@mui/material';
import { maxValue, minValue, NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { seasonStatusChoices } from '../../common/choices';

export const SeasonInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} />
      <SelectInput source="status" choices={seasonStatusChoices} validate={required()} />
    </Stack>
    <TextInput source="theme" />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <DateInput source="callOpensOn" />
      <DateInput source="callClosesOn" />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <DateInput source="accompanimentStartsOn" />
      <DateInput source="accompanimentEndsOn" />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="fundingEnvelope" min={0} step={1000} validate={minValue(0)} />
      <NumberInput source="quietAfterDays" min={1} max={365} step={1} validate={[minValue(1), maxValue(365)]} />
    </Stack>
    <TextInput source="notes" multiline minRows={3} />
  </>
);
