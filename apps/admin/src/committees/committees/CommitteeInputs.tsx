import { Stack } from '@mui/material';
import { ArrayInput, AutocompleteArrayInput, ReferenceArrayInput, ReferenceInput, regex, required, SelectInput, SimpleFormIterator, TextInput, type Validator } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { TimeInput } from '../../common/inputs/TimeInput';
import { committeeKindChoices, committeeStatusChoices } from '../../common/choices';

const url = regex(/^https?:\/\/\S+$/, 'aic.validation.url');
/** The API's rule: an end time needs a start time before it ('HH:MM' compare as times). */
const endAfterStart: Validator = (end: unknown, values: { startTime?: string | null }) =>
  typeof end !== 'string' || end === '' ? undefined : !values.startTime ? 'aic.validation.endTimeNeedsStart' : end <= values.startTime ? 'aic.validation.endTimeAfterStart' : undefined;
// `closed` is reached only by closing the committee (which applies its decisions).
const openStatusChoices = committeeStatusChoices.filter((choice) => choice.id !== 'closed');

export const CommitteeInputs = ({ closed = false }: { closed?: boolean }) => (
  <>
    <ReferenceInput source="seasonId" reference="seasons" sort={{ field: 'year', order: 'DESC' }}>
      <SelectInput validate={required()} readOnly={closed} />
    </ReferenceInput>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <SelectInput source="kind" choices={committeeKindChoices} validate={required()} readOnly={closed} sx={{ minWidth: '16rem' }} />
      {!closed && <SelectInput source="status" choices={openStatusChoices} validate={required()} />}
    </Stack>
    <TextInput source="title" validate={required()} />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <DateInput source="heldOn" />
      <TimeInput source="startTime" />
      <TimeInput source="endTime" validate={endAfterStart} />
    </Stack>
    <TextInput source="place" />
    <TextInput source="videoLink" type="url" validate={url} />
    <ReferenceArrayInput source="memberIds" reference="staff-members" sort={{ field: 'fullName', order: 'ASC' }} perPage={100}>
      <AutocompleteArrayInput optionText="fullName" filterToQuery={(q: string) => ({ q })} />
    </ReferenceArrayInput>
    <ArrayInput source="externalMembers">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="name" label="resources.committees.fields.externalMemberName" validate={required()} helperText={false} />
        <TextInput source="organisation" label="resources.committees.fields.externalMemberOrganisation" helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <TextInput source="minutes" multiline minRows={4} />
  </>
);
