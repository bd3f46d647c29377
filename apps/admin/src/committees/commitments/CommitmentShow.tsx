import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { commitmentKindChoices, commitmentStatusChoices } from '../../common/choices';
import { EuroField, LocaleDateField } from '../../common/fields';
import { ShowActions } from '../../common/ShowActions';

export const CommitmentShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <ReferenceField source="organisationId" reference="organisations" link="show" />
      <ReferenceField source="committeeId" reference="committees" link="show" />
      <SelectField source="kind" choices={commitmentKindChoices} />
      <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
      <EuroField source="amount" />
      <LocaleDateField source="dueOn" />
      <SelectField source="status" choices={commitmentStatusChoices} />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
