import { DateInput, SelectInput } from 'react-admin';
import { interactionKindChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { LaureateInput } from '../laureates/LaureateInput';

export const interactionFilters = [
  // The journal is searched by whole words (API: WordSearch), not substrings as elsewhere: its label says so.
  <SearchFilter key="q" alwaysOn label="aic.searchWholeWords" />,
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={interactionKindChoices} alwaysOn />,
  <DateInput key="occurredAfter" source="occurredAfter" alwaysOn />,
  <DateInput key="occurredBefore" source="occurredBefore" />,
];
