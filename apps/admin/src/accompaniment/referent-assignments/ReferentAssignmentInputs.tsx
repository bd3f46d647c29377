import { AutocompleteInput, ReferenceInput, required, SelectInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { referentKindChoices } from '../../common/choices';
import { LaureateInput } from '../laureates/LaureateInput';
import { StaffInput } from '../../directory/staff-members/StaffInput';

/** One interministerial referent per laureate, any number of ministerial ones (the API answers 409 otherwise). */
export const ReferentAssignmentInputs = () => (
  <>
    <LaureateInput validate={required()} />
    <StaffInput source="userId" role="referent" validate={required()} />
    <SelectInput source="kind" choices={referentKindChoices} validate={required()} />
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText="aic.parentSearchHint" />
    </ReferenceInput>
    <DateInput source="since" />
  </>
);
