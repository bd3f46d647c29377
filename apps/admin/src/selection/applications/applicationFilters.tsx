import { ReferenceInput, SelectInput } from 'react-admin';
import { applicationStatusChoices, carrierKindChoices, trackChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';

export const applicationFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={applicationStatusChoices} alwaysOn />,
  <SelectInput key="track" source="track" choices={trackChoices} alwaysOn />,
  <SelectInput key="carrierKind" source="carrierKind" choices={carrierKindChoices} alwaysOn />,
  <ReferenceInput key="callId" source="callId" reference="calls" sort={{ field: 'opensOn', order: 'DESC' }} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
];
