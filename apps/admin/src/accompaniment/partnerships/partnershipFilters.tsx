import { SelectInput } from 'react-admin';
import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { partnershipPurposeChoices, partnershipStatusChoices } from '../../common/choices';
import { LaureateInput } from '../laureates/LaureateInput';

export const partnershipFilters = [
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <AutocompleteFilter key="organisationId" source="organisationId" reference="organisations" alwaysOn />,
  <SelectInput key="status" source="status" choices={partnershipStatusChoices} alwaysOn />,
  <SelectInput key="purpose" source="purpose" choices={partnershipPurposeChoices} alwaysOn />,
];
