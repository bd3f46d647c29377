import { Stack } from '@mui/material';
import { AutocompleteInput, maxValue, minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { MONTHS_SAVED_MAX } from '@aic/domain';
import { autonomyLevelChoices, outcomeSurveyStatusChoices } from '../../common/choices';

// Validation is a programme lead's act, from the survey's page: the form offers draft and submitted only.
const editableStatuses = outcomeSurveyStatusChoices.filter((choice) => choice.id !== 'validated');

export const OutcomeSurveyInputs = () => (
  <>
    <ReferenceInput source="laureateId" reference="laureates" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="monthsSaved" min={0} max={MONTHS_SAVED_MAX} step={1} validate={[minValue(0), maxValue(MONTHS_SAVED_MAX)]} />
      <SelectInput source="autonomyWithAdministrations" choices={autonomyLevelChoices} />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <NumberInput source="newPartnersMet" min={0} step={1} validate={minValue(0)} />
      <NumberInput source="interministerialActions" min={0} step={1} validate={minValue(0)} />
    </Stack>
    <TextInput source="whatTheAcceleratorEnabled" multiline minRows={3} />
    <TextInput source="nextSteps" multiline minRows={3} />
    <TextInput source="quote" multiline minRows={2} />
    <SelectInput source="status" choices={editableStatuses} validate={required()} />
  </>
);
