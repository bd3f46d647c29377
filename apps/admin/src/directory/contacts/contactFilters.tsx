import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { SearchFilter } from '../../common/SearchFilter';
import { LaureateInput } from '../../accompaniment/laureates/LaureateInput';

export const contactFilters = [
  <SearchFilter key="q" alwaysOn />,
  <AutocompleteFilter key="organisationId" source="organisationId" reference="organisations" alwaysOn />,
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
];
