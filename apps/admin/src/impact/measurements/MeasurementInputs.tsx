import { Stack } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';

export const MeasurementInputs = () => (
  <>
    <ReferenceInput source="indicatorId" reference="indicators" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="value" validate={required()} />
      <DateInput source="measuredOn" validate={required()} />
    </Stack>
    <TextInput source="source" />
    <TextInput source="comment" multiline minRows={2} />
  </>
);
