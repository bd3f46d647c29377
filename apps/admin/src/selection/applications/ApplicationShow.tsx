import type { ApplicationRecord } from '@aic/domain';
import { Link, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { applicationStatusChoices, carrierKindChoices } from '../../common/choices';
import { LocaleDateField } from '../../common/fields';
import { AnswersList } from '../common/AnswersList';

const Answers = (_props: { source: string }) => <AnswersList answers={useRecordContext<ApplicationRecord>()?.answers} />;

/** Once promoted, the way to the laureate the application became. */
const LaureateLink = () => {
  const translate = useTranslate();
  const record = useRecordContext<ApplicationRecord>();
  if (record?.laureateId == null) return null;
  return <Link to={`/laureates/${record.laureateId}/show`}>{translate('aic.selection.laureate')}</Link>;
};

export const ApplicationShow = () => (
  <Show>
    <SimpleShowLayout>
      <LaureateLink />
      <TextField source="projectName" />
      <TextField source="reference" />
      <ReferenceField source="callId" reference="calls" link={false} />
      <SelectField source="status" choices={applicationStatusChoices} />
      <TextField source="eligibilityReason" emptyText="—" />
      <TextField source="statusReason" emptyText="—" />
      <TextField source="carrierName" />
      <SelectField source="carrierKind" choices={carrierKindChoices} emptyText="—" />
      <TextField source="carrierSiret" emptyText="—" />
      <TextField source="carrierRna" emptyText="—" />
      <TextField source="contactName" emptyText="—" />
      <TextField source="contactEmail" emptyText="—" />
      <LocaleDateField source="submittedAt" showTime />
      <TextField source="sourceState" emptyText="—" />
      <TextField source="summary" sx={{ whiteSpace: 'pre-line' }} />
      <Answers source="answers" />
    </SimpleShowLayout>
  </Show>
);
