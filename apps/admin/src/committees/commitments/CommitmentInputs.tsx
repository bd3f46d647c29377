import { Stack } from '@mui/material';
import { AutocompleteInput, minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { commitmentKindChoices, commitmentStatusChoices } from '../../common/choices';

const byName = { field: 'name', order: 'ASC' } as const;

export const CommitmentInputs = () => (
  <>
    <ReferenceInput source="laureateId" reference="laureates" sort={byName}>
      <AutocompleteInput validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <ReferenceInput source="organisationId" reference="organisations" sort={byName}>
      <AutocompleteInput validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    {/* Commitments are recorded at an engagement committee (the API refuses another kind). */}
    <ReferenceInput source="committeeId" reference="committees" filter={{ kind: 'engagement' }} sort={{ field: 'heldOn', order: 'DESC' }}>
      <SelectInput optionText="title" />
    </ReferenceInput>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <SelectInput source="kind" choices={commitmentKindChoices} validate={required()} />
      <SelectInput source="status" choices={commitmentStatusChoices} validate={required()} />
    </Stack>
    <TextInput source="description" multiline minRows={3} validate={required()} />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="amount" min={0} step={0.01} validate={minValue(0)} />
      <DateInput source="dueOn" />
    </Stack>
  </>
);
