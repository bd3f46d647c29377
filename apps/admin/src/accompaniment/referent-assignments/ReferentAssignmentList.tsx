import { DataTable, EditButton, List, SelectInput, useResourceDefinition } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ListPagination } from '../../common/ListPagination';
import { referentKindChoices } from '../../common/choices';
import { ChoiceColumn, DateColumn, ReferenceColumn } from '../../common/columns';
import { LaureateInput } from '../laureates/LaureateInput';
import { StaffInput } from '../../directory/staff-members/StaffInput';

const filters = [
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <StaffInput key="userId" source="userId" role="referent" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={referentKindChoices} alwaysOn />,
];

export const ReferentAssignmentList = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <List pagination={<ListPagination />} filters={filters} sort={{ field: 'kind', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={hasEdit ? 'edit' : false}>
        <ReferenceColumn source="laureateId" reference="laureates" link="show" />
        <ReferenceColumn source="userId" reference="staff-members" link={false} />
        <ChoiceColumn source="kind" choices={referentKindChoices} />
        <ReferenceColumn source="organisationId" reference="organisations" link="show" />
        <DateColumn source="since" />
        {hasEdit && (
          <ActionsColumn>
            <EditButton />
          </ActionsColumn>
        )}
      </DataTable>
    </List>
  );
};
