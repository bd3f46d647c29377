import { FormDataConsumer, required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { AdministrationInput } from '../../directory/organisations/AdministrationInput';
import { partnershipPurposeChoices, partnershipStatusChoices } from '../../common/choices';
import { LaureateInput } from '../laureates/LaureateInput';
import { ContactOfOrganisationInput } from './ContactOfOrganisationInput';
import { FormRow } from '../laureates/FormRow';


export const PartnershipInputs = () => (
  <>
    <LaureateInput writableOnly validate={required()} />
    <AdministrationInput validate={required()} />
    <FormRow columns={3}>
      <SelectInput source="purpose" choices={partnershipPurposeChoices} validate={required()} />
      <SelectInput source="status" choices={partnershipStatusChoices} validate={required()} />
      <DateInput source="since" />
    </FormRow>
    <FormDataConsumer>{({ formData }) => <ContactOfOrganisationInput organisationId={formData.organisationId} />}</FormDataConsumer>
    <TextInput source="notes" multiline minRows={2} />
  </>
);
