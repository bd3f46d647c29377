import { CreateButton, ExportButton, FilterButton, List, type ListProps, TopToolbar, useResourceDefinition } from 'react-admin';

/**
 * react-admin's List asking for the fields its columns read alone (`meta.fields`), with react-admin's own actions
 * (filters, create, export) except that the export reads whole records: no CSV column depends on the list's fields.
 * A column added to the list reads its field only once named in `fields`.
 */
export const ListOfFields = ({ fields, ...props }: Omit<ListProps, 'queryOptions' | 'actions'> & { fields: string[] }) => (
  <List {...props} queryOptions={{ meta: { fields } }} actions={<ExportWholeActions />} />
);

const ExportWholeActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportButton meta={{}} />
    </TopToolbar>
  );
};
