import { Edit, Labeled, ReferenceField, SimpleForm } from 'react-admin';
import { DecisionInputs } from '../committees/run/DecisionInputs';
import { EnvelopeOverride } from '../../funding/grants/envelope/EnvelopeOverride';
import { useEnvelopeGuard } from '../../funding/grants/envelope/useEnvelopeGuard';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { useOverrideOnStoredVersion } from './useOverrideOnStoredVersion';

/** Corrects a decision of an open committee (the API freezes those of a closed one: 409). */
export const DecisionEdit = () => {
  const guard = useEnvelopeGuard();
  const overrideOnStoredVersion = useOverrideOnStoredVersion();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: guard.onError }}>
      <SimpleForm toolbar={<SaveDeleteToolbar />}>
        <Labeled>
          <ReferenceField source="committeeId" reference="committees" link="show" />
        </Labeled>
        <Labeled>
          <ReferenceField source="laureateId" reference="laureates" link="show" />
        </Labeled>
        <DecisionInputs />
        <EnvelopeOverride guard={guard} transform={overrideOnStoredVersion} />
      </SimpleForm>
    </Edit>
  );
};
