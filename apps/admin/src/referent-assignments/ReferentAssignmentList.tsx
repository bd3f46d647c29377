import { DataTable, EditButton, List, ReferenceField, SelectField, SelectInput, useResourceDefinition } from 'react-admin';
import { ActionsColumn } from '../common/ActionsColumn';
import { referentKindChoices } from '../common/choices';
import { LocaleDateField } from '../common/fields';
import { LaureateInput } from '../laureates/LaureateInput';
import { StaffInput } from '../staff-members/StaffInput';

const filters = [
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
  <StaffInput key="userId" source="userId" role="referent" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={referentKindChoices} alwaysOn />,
];

export const ReferentAssignmentList = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <List filters={filters} sort={{ field: 'kind', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={hasEdit ? 'edit' : false}>
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link="show" />
        </DataTable.Col>
        <DataTable.Col source="userId" disableSort>
          <ReferenceField source="userId" reference="staff-members" link={false} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={referentKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="organisationId" disableSort>
          <ReferenceField source="organisationId" reference="organisations" link="show" />
        </DataTable.Col>
        <DataTable.Col source="since">
          <LocaleDateField source="since" />
        </DataTable.Col>
        {hasEdit && (
          <ActionsColumn>
            <EditButton />
          </ActionsColumn>
        )}
      </DataTable>
    </List>
  );
};
