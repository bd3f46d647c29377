import { SelectInput } from 'react-admin';
import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { autonomyLevelChoices, outcomeSurveyStatusChoices } from '../../common/choices';
import { SeasonFilter } from '../../programme/seasons/SeasonFilter';

export const outcomeSurveyFilters = [
  <SeasonFilter key="seasonId" source="seasonId" alwaysOn />,
  <SelectInput key="status" source="status" choices={outcomeSurveyStatusChoices} alwaysOn />,
  <AutocompleteFilter key="laureateId" source="laureateId" reference="laureates" alwaysOn />,
  <SelectInput key="autonomyWithAdministrations" source="autonomyWithAdministrations" choices={autonomyLevelChoices} />,
];
