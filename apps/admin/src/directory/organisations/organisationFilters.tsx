import { SelectInput } from 'react-admin';
import { organisationKindChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { ParentOrganisationInput } from './ParentOrganisationInput';

export const organisationFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={organisationKindChoices} alwaysOn />,
  <ParentOrganisationInput key="parentId" source="parentId" alwaysOn />,
];
