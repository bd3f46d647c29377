import { AutocompleteInput, ReferenceInput, regex, required, SelectInput, TextArrayInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { healthChoices, laureatePhaseChoices, trackChoices } from '../../common/choices';
import { useHasRole } from '../../common/permissions';
import { StaffInput } from '../../directory/staff-members/StaffInput';
import { FormRow } from './FormRow';

const url = regex(/^https?:\/\/\S+$/, 'aic.validation.url');

// The explanation under a disabled input must stay legible (MUI greys it like the input).
const legibleHelper = { '& .MuiFormHelperText-root.Mui-disabled': { color: 'var(--text-mention-grey)' } };

/** Season, manager and the course of the phases are the programme lead's (the API answers 403 otherwise). */
export const LaureateInputs = () => {
  const lead = useHasRole('admin', 'programme_lead');
  const locked = lead ? {} : { disabled: true, helperText: 'aic.accompaniment.programmeOnly', sx: legibleHelper };
  return (
    <>
      <TextInput source="name" validate={required()} />
      <FormRow>
        <ReferenceInput source="seasonId" reference="seasons" sort={{ field: 'year', order: 'DESC' }}>
          <SelectInput validate={required()} {...locked} />
        </ReferenceInput>
        <SelectInput source="track" choices={trackChoices} validate={required()} />
      </FormRow>
      <ReferenceInput source="carrierOrganisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText="aic.parentSearchHint" />
      </ReferenceInput>
      <TextInput source="tagline" />
      <TextInput source="mission" multiline minRows={2} />
      <TextInput source="publicServiceContribution" multiline minRows={2} />
      <FormRow>
        <TextInput source="website" type="url" validate={url} />
        <TextInput source="territory" />
      </FormRow>
      <TextArrayInput source="themes" />
      <FormRow>
        <SelectInput source="phase" choices={laureatePhaseChoices} validate={required()} {...locked} />
        <StaffInput source="accelerationManagerId" role="acceleration_manager" {...locked} />
      </FormRow>
      <FormRow columns={3}>
        <DateInput source="startedOn" />
        <DateInput source="phase2StartedOn" {...locked} />
        <DateInput source="endedOn" {...locked} />
      </FormRow>
      <FormRow>
        <SelectInput source="health" choices={healthChoices} validate={required()} />
      </FormRow>
      <TextInput source="healthReason" multiline />
      <TextInput source="nextSteps" multiline minRows={2} />
      <TextInput source="results" multiline minRows={2} />
    </>
  );
};
