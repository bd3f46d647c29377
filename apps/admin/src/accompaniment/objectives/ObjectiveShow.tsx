import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { axisChoices, objectiveStatusChoices } from '../../common/choices';
import { LocaleDateField } from '../../common/fields';
import { LaureateChildShowActions } from '../laureates/LaureateChildShowActions';

export const ObjectiveShow = () => (
  <Show actions={<LaureateChildShowActions tab="roadmap" />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <TextField source="title" />
      <SelectField source="axis" choices={axisChoices} />
      <SelectField source="status" choices={objectiveStatusChoices} />
      <LocaleDateField source="targetDate" emptyText="—" />
      <TextField source="description" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
