import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { EnvelopeOverride } from './envelope/EnvelopeOverride';
import { useEnvelopeGuard } from './envelope/useEnvelopeGuard';
import { GrantInputs } from './GrantInputs';

export const GrantEdit = () => {
  const guard = useEnvelopeGuard();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: guard.onError }}>
      <SimpleForm toolbar={<SaveDeleteToolbar />}>
        <GrantInputs />
        <EnvelopeOverride guard={guard} />
      </SimpleForm>
    </Edit>
  );
};
