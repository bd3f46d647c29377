import { NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { seasonStatusChoices } from '../../common/choices';
import { EuroField, LocaleDateField } from '../../common/fields';
import { ShowActions } from '../../common/ShowActions';

export const SeasonShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <TextField source="theme" />
      <SelectField source="status" choices={seasonStatusChoices} />
      <LocaleDateField source="callOpensOn" />
      <LocaleDateField source="callClosesOn" />
      <LocaleDateField source="accompanimentStartsOn" />
      <LocaleDateField source="accompanimentEndsOn" />
      <EuroField source="fundingEnvelope" />
      <TextField source="notes" sx={{ whiteSpace: 'pre-line' }} />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
