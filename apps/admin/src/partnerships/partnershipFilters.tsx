import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { partnershipPurposeChoices, partnershipStatusChoices } from '../common/choices';
import { LaureateInput } from '../laureates/LaureateInput';

export const partnershipFilters = [
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} sx={{ minWidth: '16rem' }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={partnershipStatusChoices} alwaysOn />,
  <SelectInput key="purpose" source="purpose" choices={partnershipPurposeChoices} alwaysOn />,
];
