import { CRITERIA, PANELS } from '@aic/domain';
import { Stack } from '@mui/material';
import { minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { callStatusChoices, trackChoices } from '../../common/choices';
import { DateInput } from '../../common/inputs/DateInput';

export const CallInputs = () => (
  <>
    <TextInput source="title" validate={required()} />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <ReferenceInput source="seasonId" reference="seasons" sort={{ field: 'year', order: 'DESC' }}>
        <SelectInput validate={required()} />
      </ReferenceInput>
      <SelectInput source="track" choices={trackChoices} validate={required()} />
      <SelectInput source="status" choices={callStatusChoices} validate={required()} />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <DateInput source="opensOn" />
      <DateInput source="closesOn" />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} flexWrap="wrap">
      {CRITERIA.map((criterion) => (
        <NumberInput key={criterion} source={`${criterion}Weight`} min={0} step={0.5} validate={[required(), minValue(0)]} />
      ))}
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      {PANELS.map((panel) => (
        <NumberInput key={panel} source={`${panel}Weight`} min={0} step={0.5} validate={[required(), minValue(0)]} />
      ))}
    </Stack>
  </>
);
