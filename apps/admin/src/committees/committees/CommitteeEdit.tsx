import { Edit, SimpleForm, useRecordContext } from 'react-admin';
import { SaveDeleteToolbar, SaveOnlyToolbar } from '../../common/toolbars';
import { CommitteeInputs } from './CommitteeInputs';

// The API accepts no `status: closed` in a PUT (closing goes through POST /close): leave it out.
const withoutClosedStatus = ({ status, ...committee }: Record<string, unknown>) =>
  status === 'closed' ? committee : { ...committee, status };

const CommitteeForm = () => {
  const closed = useRecordContext()?.status === 'closed';
  return (
    <SimpleForm toolbar={closed ? <SaveOnlyToolbar /> : <SaveDeleteToolbar />}>
      <CommitteeInputs closed={closed} />
    </SimpleForm>
  );
};

export const CommitteeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={withoutClosedStatus}>
    <CommitteeForm />
  </Edit>
);
