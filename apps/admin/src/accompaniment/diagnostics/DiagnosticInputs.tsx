import { required, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { LaureateInput } from '../laureates/LaureateInput';

/** One joint diagnostic per laureate and season (the API answers 409 for a second one); season defaults to the laureate's. */
export const DiagnosticInputs = () => (
  <>
    <LaureateInput writableOnly validate={required()} />
    <DateInput source="heldOn" />
    <TextInput source="participants" multiline />
    <TextInput source="strengths" multiline minRows={2} />
    <TextInput source="weaknesses" multiline minRows={2} />
    <TextInput source="needsConsolidate" multiline minRows={2} />
    <TextInput source="needsIntegrate" multiline minRows={2} />
    <TextInput source="needsDeploy" multiline minRows={2} />
  </>
);
