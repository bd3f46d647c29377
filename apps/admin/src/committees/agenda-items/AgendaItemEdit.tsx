import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { useHasRole } from '../../common/permissions';
import { AgendaItemInputs } from './AgendaItemInputs';
import { toCommittee } from './toCommittee';

const AgendaItemToolbar = ({ canDelete }: { canDelete: boolean }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {canDelete && <DeleteRecordButton redirect={toCommittee} />}
  </Toolbar>
);

export const AgendaItemEdit = () => {
  const isLead = useHasRole('admin', 'programme_lead');
  return (
    <Edit mutationMode="pessimistic" redirect={toCommittee}>
      <SimpleForm toolbar={<AgendaItemToolbar canDelete={isLead} />}>
        <AgendaItemInputs isEdit notesOnly={!isLead} />
      </SimpleForm>
    </Edit>
  );
};
