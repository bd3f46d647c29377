import { NullableBooleanInput, SelectInput } from 'react-admin';
import { roleChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';

export const userFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
  <NullableBooleanInput key="withoutRole" source="withoutRole" />,
];
