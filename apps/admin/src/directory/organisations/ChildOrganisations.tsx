import { DataTable, ReferenceManyField } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { organisationKindChoices } from '../../common/choices';
import { ChoiceColumn } from '../../common/columns';

// `source` only names the label (resources.organisations.fields.children) in a SimpleShowLayout.
export const ChildOrganisations = (_: { source?: string }) => (
  <ReferenceManyField
    reference="organisations"
    target="parentId"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination rowsPerPageOptions={[25]} />}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="acronym" />
      <ChoiceColumn source="kind" choices={organisationKindChoices} />
    </DataTable>
  </ReferenceManyField>
);
