import { NullableBooleanInput } from 'react-admin';
import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { SearchFilter } from '../../common/SearchFilter';
import { LaureateInput } from '../../accompaniment/laureates/LaureateInput';

export const contactFilters = [
  <SearchFilter key="q" alwaysOn />,
  <AutocompleteFilter key="organisationId" source="organisationId" reference="organisations" alwaysOn />,
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
];

/** For those who answer data-protection requests: contacts past their retention period (to anonymise), anonymised ones. */
export const dataProtectionFilters = [
  ...contactFilters,
  <NullableBooleanInput key="retentionDue" source="retentionDue" />,
  <NullableBooleanInput key="anonymised" source="anonymised" />,
];
