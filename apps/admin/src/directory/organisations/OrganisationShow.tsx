import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { organisationKindChoices } from '../../common/choices';
import { ExternalUrlField, LocaleDateField } from '../../common/fields';
import { ShowActions } from '../../common/ShowActions';
import { ChildOrganisations } from './ChildOrganisations';

export const OrganisationShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="acronym" />
      <SelectField source="kind" choices={organisationKindChoices} />
      <ReferenceField source="parentId" reference="organisations" link="show" />
      <TextField source="territory" />
      <ExternalUrlField source="website" />
      <TextField source="notes" sx={{ whiteSpace: 'pre-line' }} />
      <LocaleDateField source="updatedAt" showTime />
      <ChildOrganisations source="children" />
    </SimpleShowLayout>
  </Show>
);
