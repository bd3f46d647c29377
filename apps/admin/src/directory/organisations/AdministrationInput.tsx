import { PUBLIC_ADMINISTRATION_KINDS } from '@aic/domain';
import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';
import { CreateAdministrationDialog } from './CreateAdministrationDialog';

/**
 * Picks a public administration (never an association or a company: laureates are introduced to and partner with
 * administrations), searched by name; one that is missing is created on the spot.
 */
export const AdministrationInput = ({ source = 'organisationId', validate }: { source?: string; validate?: Validator | Validator[] }) => (
  <ReferenceInput source={source} reference="organisations" sort={{ field: 'name', order: 'ASC' }} filter={{ kind: PUBLIC_ADMINISTRATION_KINDS }}>
    <AutocompleteInput
      filterToQuery={(q: string) => ({ q })}
      helperText="aic.administrationPicker.hint"
      validate={validate}
      create={<CreateAdministrationDialog />}
      createItemLabel="aic.administrationPicker.createItem"
    />
  </ReferenceInput>
);
