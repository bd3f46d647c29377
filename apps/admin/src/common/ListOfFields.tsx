import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';

/**
 * A list's actions as react-admin's own (filters, create, export), for a list that asks for some fields only
 * (`queryOptions.meta.fields`): its export reads whole records, so that no CSV column depends on the list's fields.
 */
export const ExportWholeActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportButton meta={{}} />
    </TopToolbar>
  );
};
