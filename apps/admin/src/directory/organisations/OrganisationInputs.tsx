import { regex, required, SelectInput, TextInput } from 'react-admin';
import { organisationKindChoices } from '../../common/choices';
import { ParentOrganisationInput } from './ParentOrganisationInput';

const url = regex(/^https?:\/\/\S+$/, 'aic.validation.url');

export const OrganisationInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="acronym" />
    <SelectInput source="kind" choices={organisationKindChoices} validate={required()} />
    <ParentOrganisationInput />
    <TextInput source="territory" />
    <TextInput source="website" type="url" validate={url} />
    <TextInput source="notes" multiline minRows={3} />
  </>
);
