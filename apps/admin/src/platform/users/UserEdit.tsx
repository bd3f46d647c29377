import type { UserRecord } from '@aic/domain';
import { Edit, SimpleForm } from 'react-admin';
import { SaveOnlyToolbar } from '../../common/toolbars';
import { InviteButton } from './InviteButton';
import { UserInputs } from './UserInputs';

// An empty password field means "keep the current one": don't send it.
const omitEmptyPassword = ({ password, ...user }: Partial<UserRecord> & { password?: string | null }) =>
  password ? { ...user, password } : user;

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={omitEmptyPassword}>
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <UserInputs mode="edit" />
      <InviteButton />
    </SimpleForm>
  </Edit>
);
