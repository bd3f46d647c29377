import { NullableBooleanInput, SelectInput } from 'react-admin';
import { actionStatusChoices, axisChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { LaureateInput } from '../laureates/LaureateInput';
import { StaffInput } from '../../directory/staff-members/StaffInput';

export const actionFilters = [
  <SearchFilter key="q" alwaysOn />,
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <SelectInput key="axis" source="axis" choices={axisChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={actionStatusChoices} alwaysOn />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <StaffInput key="ownerId" source="ownerId" />,
];
