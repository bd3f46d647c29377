import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { AUDITED_RESOURCES, auditActionChoices } from '../../common/choices';
import { useHasRole } from '../../common/permissions';

const ResourceFilter = (_: { source: 'resource'; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  const choices = AUDITED_RESOURCES.map((id) => ({ id, name: translate(`resources.${id}.name`, { smart_count: 2 }) }));
  return <SelectInput source="resource" choices={choices} translateChoice={false} helperText={false} />;
};

/** Admins pick the actor by name; other roles cannot read users, so they type its id. */
const ActorFilter = (_: { source: 'actorId'; alwaysOn?: boolean }) =>
  useHasRole('admin') ? (
    <ReferenceInput source="actorId" reference="users">
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} sx={{ minWidth: 240 }} />
    </ReferenceInput>
  ) : (
    <NumberInput source="actorId" helperText={false} />
  );

export const auditEventFilters = [
  <ResourceFilter key="resource" source="resource" alwaysOn />,
  <TextInput key="recordId" source="recordId" alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
  <ActorFilter key="actorId" source="actorId" alwaysOn />,
];
