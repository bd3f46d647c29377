import { Stack } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { indicatorDirectionChoices } from '../../common/choices';
import { DateInput } from '../../common/inputs/DateInput';

const byName = { field: 'name', order: 'ASC' } as const;

export const IndicatorInputs = () => (
  <>
    <ReferenceInput source="laureateId" reference="laureates" sort={byName}>
      <AutocompleteInput validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <TextInput source="name" validate={required()} />
      <TextInput source="unit" validate={required()} />
      <SelectInput source="direction" choices={indicatorDirectionChoices} validate={required()} />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="baselineValue" validate={required()} />
      <DateInput source="baselineOn" />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="targetValue" validate={required()} />
      <DateInput source="targetOn" />
    </Stack>
  </>
);
