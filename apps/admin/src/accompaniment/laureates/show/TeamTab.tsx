import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { CreateButton, DataTable, EditButton, EmailField, ReferenceManyField, ShowButton, useRecordContext } from 'react-admin';
import { ActionsColumn } from '../../../common/ActionsColumn';
import { ReferenceColumn } from '../../../common/columns';
import { ContactNameField, TeamRoleField } from '../../../directory/contacts/contactFields';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { SectionHeading } from './SectionHeading';

/** The project's own team: contacts whose memberships include this laureate, with their role in it. */
export const TeamTab = (_: { label?: false }) => {
  const laureate = useRecordContext();
  const canWrite = useCanWriteLaureate(laureate);
  if (!laureate) return null;
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }}>
        <SectionHeading title="aic.accompaniment.team.title" />
        {canWrite && (
          <CreateButton
            resource="contacts"
            state={{ record: { laureates: [{ laureateId: laureate.id, role: null }] } }}
            label="aic.accompaniment.team.add"
            icon={<AddIcon />}
          />
        )}
      </Box>
      <Box sx={{ overflowX: 'auto' }}>
        <ReferenceManyField reference="contacts" target="laureateId" sort={{ field: 'lastName', order: 'ASC' }} perPage={100}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="lastName">
              <ContactNameField />
            </DataTable.Col>
            <DataTable.Col source="role" disableSort>
              <TeamRoleField laureateId={laureate.id} />
            </DataTable.Col>
            <DataTable.Col source="jobTitle" />
            <DataTable.Col source="email">
              <EmailField source="email" />
            </DataTable.Col>
            <DataTable.Col source="phone" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })} />
            <ReferenceColumn source="organisationId" reference="organisations" link="show" />
            <ActionsColumn>{canWrite ? <EditButton /> : <ShowButton />}</ActionsColumn>
          </DataTable>
        </ReferenceManyField>
      </Box>
    </>
  );
};
