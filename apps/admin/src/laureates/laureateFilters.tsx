import { NullableBooleanInput, ReferenceInput, SelectInput } from 'react-admin';
import { healthChoices, laureatePhaseChoices, trackChoices } from '../common/choices';
import { SearchFilter } from '../common/SearchFilter';
import { StaffInput } from '../staff-members/StaffInput';

export const laureateFilters = [
  <SearchFilter key="q" alwaysOn />,
  <ReferenceInput key="seasonId" source="seasonId" reference="seasons" sort={{ field: 'year', order: 'DESC' }} alwaysOn>
    <SelectInput helperText={false} />
  </ReferenceInput>,
  <SelectInput key="phase" source="phase" choices={laureatePhaseChoices} alwaysOn />,
  <SelectInput key="health" source="health" choices={healthChoices} alwaysOn />,
  <StaffInput key="accelerationManagerId" source="accelerationManagerId" role="acceleration_manager" alwaysOn />,
  <SelectInput key="track" source="track" choices={trackChoices} />,
  <NullableBooleanInput key="renewed" source="renewed" />,
];
