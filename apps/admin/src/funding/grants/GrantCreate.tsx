import { Create, SimpleForm } from 'react-admin';
import { EnvelopeOverride } from './envelope/EnvelopeOverride';
import { useEnvelopeGuard } from './envelope/useEnvelopeGuard';
import { GrantInputs } from './GrantInputs';

export const GrantCreate = () => {
  const guard = useEnvelopeGuard();
  return (
    <Create mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: guard.onError }}>
      <SimpleForm defaultValues={{ status: 'proposed', purpose: 'hiring' }}>
        <GrantInputs />
        <EnvelopeOverride guard={guard} />
      </SimpleForm>
    </Create>
  );
};
