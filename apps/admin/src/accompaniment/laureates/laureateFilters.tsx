import { NullableBooleanInput, SelectInput } from 'react-admin';
import { healthChoices, laureatePhaseChoices, trackChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { StaffInput } from '../../directory/staff-members/StaffInput';
import { SeasonFilter } from '../../programme/seasons/SeasonFilter';

export const laureateFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SeasonFilter key="seasonId" source="seasonId" alwaysOn />,
  <SelectInput key="phase" source="phase" choices={laureatePhaseChoices} alwaysOn />,
  <SelectInput key="health" source="health" choices={healthChoices} alwaysOn />,
  <StaffInput key="accelerationManagerId" source="accelerationManagerId" role="acceleration_manager" alwaysOn />,
  <SelectInput key="track" source="track" choices={trackChoices} />,
  <NullableBooleanInput key="renewed" source="renewed" />,
  <NullableBooleanInput key="archived" source="archived" />,
];
