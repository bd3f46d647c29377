import { ReferenceInput, SelectInput } from 'react-admin';
import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { decisionOutcomeChoices } from '../../common/choices';

export const decisionFilters = [
  <ReferenceInput key="committeeId" source="committeeId" reference="committees" sort={{ field: 'heldOn', order: 'DESC' }} alwaysOn>
    <SelectInput optionText="title" helperText={false} />
  </ReferenceInput>,
  <AutocompleteFilter key="laureateId" source="laureateId" reference="laureates" alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={decisionOutcomeChoices} alwaysOn />,
];
