import { SelectInput } from 'react-admin';
import { axisChoices, objectiveStatusChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { LaureateInput } from '../laureates/LaureateInput';

export const objectiveFilters = [
  <SearchFilter key="q" alwaysOn />,
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <SelectInput key="axis" source="axis" choices={axisChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={objectiveStatusChoices} alwaysOn />,
];
