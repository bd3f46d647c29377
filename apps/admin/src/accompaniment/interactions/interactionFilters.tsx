import { DateInput, SelectInput } from 'react-admin';
import { interactionKindChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { LaureateInput } from '../laureates/LaureateInput';

export const interactionFilters = [
  <SearchFilter key="q" alwaysOn />,
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={interactionKindChoices} alwaysOn />,
  <DateInput key="occurredAfter" source="occurredAfter" alwaysOn />,
  <DateInput key="occurredBefore" source="occurredBefore" />,
];
