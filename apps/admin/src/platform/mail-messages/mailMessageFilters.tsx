import { SelectInput } from 'react-admin';
import { mailKindChoices, mailStatusChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';

export const mailMessageFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={mailStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={mailKindChoices} alwaysOn />,
];
