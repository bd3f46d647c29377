import { Create, type RaRecord, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { InteractionInputs } from './InteractionInputs';

const toJournal = redirectToLaureateTab('journal');

export const InteractionCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  // Says whether the API also created or advanced a partnership (introductions).
  const onSuccess = (created: RaRecord) => {
    notify(`aic.accompaniment.journal.${created.partnershipId ? 'partnershipUpdated' : 'added'}`, { type: 'success' });
    redirect(toJournal('interactions', created.id, created));
  };
  return (
    <Create mutationMode="pessimistic" mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={() => ({ kind: 'meeting', occurredAt: new Date().toISOString(), updatePartnership: true, partnershipPurpose: 'other' })}>
        <InteractionInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
