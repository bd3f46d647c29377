import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../../common/fields';
import { LaureateChildShowActions } from '../laureates/LaureateChildShowActions';

const text = { whiteSpace: 'pre-line' } as const;

export const DiagnosticShow = () => (
  <Show actions={<LaureateChildShowActions tab="" />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <ReferenceField source="seasonId" reference="seasons" link="show" />
      <LocaleDateField source="heldOn" emptyText="—" />
      <TextField source="participants" sx={text} emptyText="—" />
      <TextField source="strengths" sx={text} emptyText="—" />
      <TextField source="weaknesses" sx={text} emptyText="—" />
      <TextField source="needsConsolidate" sx={text} emptyText="—" />
      <TextField source="needsIntegrate" sx={text} emptyText="—" />
      <TextField source="needsDeploy" sx={text} emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
