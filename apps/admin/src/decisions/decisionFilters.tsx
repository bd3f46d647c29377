import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { decisionOutcomeChoices } from '../common/choices';

export const decisionFilters = [
  <ReferenceInput key="committeeId" source="committeeId" reference="committees" sort={{ field: 'heldOn', order: 'DESC' }} alwaysOn>
    <SelectInput optionText="title" helperText={false} />
  </ReferenceInput>,
  <ReferenceInput key="laureateId" source="laureateId" reference="laureates" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} sx={{ minWidth: '16rem' }} />
  </ReferenceInput>,
  <SelectInput key="outcome" source="outcome" choices={decisionOutcomeChoices} alwaysOn />,
];
