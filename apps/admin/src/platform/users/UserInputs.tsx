import { MIN_PASSWORD_LENGTH } from '@aic/domain';
import {
  BooleanInput,
  CheckboxGroupInput,
  email,
  minLength,
  PasswordInput,
  required,
  TextInput,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { roleChoices } from '../../common/choices';

const passwordLength = minLength(MIN_PASSWORD_LENGTH);

export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const isCreate = mode === 'create';
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  // The API refuses it too (409): an admin cannot lock themselves out.
  const ownAccount = !isCreate && record !== undefined && identity !== undefined && record.id === identity.id;
  return (
    <>
      <TextInput source="email" type="email" autoComplete="off" readOnly={!isCreate} validate={[required(), email()]} />
      <TextInput source="fullName" autoComplete="off" validate={[required(), minLength(2)]} />
      <CheckboxGroupInput source="roles" choices={roleChoices} validate={required()} />
      {!isCreate && <BooleanInput source="active" disabled={ownAccount} helperText={ownAccount ? translate('aic.ownAccountActive') : false} />}
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={passwordLength}
        helperText={translate(isCreate ? 'aic.mail.inviteHint' : 'aic.newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
      />
    </>
  );
};
