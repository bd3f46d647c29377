import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { actionStatusChoices, axisChoices, supportTypeChoices } from '../../common/choices';
import { LocaleDateField } from '../../common/fields';
import { LaureateChildShowActions } from '../laureates/LaureateChildShowActions';
import { DueOnField } from './DueOnField';

export const ActionShow = () => (
  <Show actions={<LaureateChildShowActions tab="actions" />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <TextField source="title" />
      <SelectField source="axis" choices={axisChoices} />
      <SelectField source="supportType" choices={supportTypeChoices} />
      <ReferenceField source="objectiveId" reference="objectives" link="show" emptyText="—" />
      <TextField source="description" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <SelectField source="status" choices={actionStatusChoices} />
      <DueOnField source="dueOn" />
      <LocaleDateField source="doneOn" emptyText="—" />
      <ReferenceField source="ownerId" reference="staff-members" link={false} emptyText="—" />
      <TextField source="outcome" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
