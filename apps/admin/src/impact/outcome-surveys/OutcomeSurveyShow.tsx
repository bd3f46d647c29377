import type { Role } from '@aic/domain';
import CheckIcon from '@mui/icons-material/Check';
import { Alert } from '@mui/material';
import {
  Button, EditButton, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useNotify,
  usePermissions, useRecordContext, useRefresh, useTranslate, useUpdate,
} from 'react-admin';
import { autonomyLevelChoices, outcomeSurveyStatusChoices } from '../../common/choices';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { LocaleDateField } from '../../common/fields';

/** A programme lead validates a submitted (or complete) survey; then it is read-only for everyone. */
const ValidateButton = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions<Role[]>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record || record.status !== 'submitted' || !permissions?.some((role) => role === 'programme_lead' || role === 'admin')) return null;
  const validate = () =>
    update(
      'outcome-surveys',
      { id: record.id, data: { status: 'validated', version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('aic.surveys.validated', { type: 'success' });
          refresh();
        },
        onError: (error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
      },
    );
  return <Button label={translate('aic.surveys.validate')} onClick={validate} disabled={isPending} startIcon={<CheckIcon />} />;
};

const Actions = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'outcome-surveys', action: 'edit', record, enabled: record != null });
  return (
    <TopToolbar>
      <ValidateButton />
      {canAccess && <EditButton />}
      {canAccess && <DeleteRecordButton />}
    </TopToolbar>
  );
};

const ReadOnlyNote = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.status === 'validated' ? <Alert severity="info">{translate('aic.surveys.readOnly')}</Alert> : null;
};

export const OutcomeSurveyShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <ReadOnlyNote />
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <SelectField source="status" choices={outcomeSurveyStatusChoices} />
      <NumberField source="monthsSaved" emptyText="—" />
      <SelectField source="autonomyWithAdministrations" choices={autonomyLevelChoices} emptyText="—" />
      <NumberField source="newPartnersMet" emptyText="—" />
      <NumberField source="interministerialActions" emptyText="—" />
      <TextField source="whatTheAcceleratorEnabled" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <TextField source="nextSteps" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <TextField source="quote" emptyText="—" />
      <LocaleDateField source="submittedAt" showTime emptyText="—" />
      <LocaleDateField source="validatedAt" showTime emptyText="—" />
      <ReferenceField source="validatedById" reference="staff-members" link={false} emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
