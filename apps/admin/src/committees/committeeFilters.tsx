import { ReferenceInput, SelectInput } from 'react-admin';
import { committeeKindChoices, committeeStatusChoices } from '../common/choices';
import { SearchFilter } from '../common/SearchFilter';

export const committeeFilters = [
  <SearchFilter key="q" alwaysOn />,
  <ReferenceInput key="seasonId" source="seasonId" reference="seasons" sort={{ field: 'year', order: 'DESC' }} alwaysOn>
    <SelectInput helperText={false} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={committeeKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={committeeStatusChoices} alwaysOn />,
];
