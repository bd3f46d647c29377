import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { grantStatusChoices } from '../common/choices';

export const grantFilters = [
  <ReferenceInput key="seasonId" source="seasonId" reference="seasons" sort={{ field: 'year', order: 'DESC' }} alwaysOn>
    <SelectInput helperText={false} />
  </ReferenceInput>,
  <ReferenceInput key="laureateId" source="laureateId" reference="laureates" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} sx={{ minWidth: '16rem' }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={grantStatusChoices} alwaysOn />,
];
