import { CRITERIA, PANELS } from '@aic/domain';
import { Stack } from '@mui/material';
import { Link, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { callStatusChoices, trackChoices } from '../../common/choices';
import { LocaleDateField } from '../../common/fields';
import { listPath } from '../../common/listPath';
import { ShowActions } from '../../common/ShowActions';
import { RejectedCsvButton } from '../common/RejectedCsvButton';
import { selectionPath } from '../common/selectionPaths';

/** Where the lead goes from a call: its applications, their eligibility, the ranking, the season's funnel and letters. */
const CallLinks = () => {
  const translate = useTranslate();
  const call = useRecordContext();
  if (!call) return null;
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="center" sx={{ my: 1 }}>
      <Link to={listPath('applications', { callId: call.id })}>{translate('resources.applications.name', { smart_count: 2 })}</Link>
      <Link to={selectionPath('eligibility', { callId: call.id })}>{translate('aic.selection.menu.eligibility')}</Link>
      <Link to={listPath('evaluator-assignments', { callId: call.id })}>{translate('resources.evaluator-assignments.name', { smart_count: 2 })}</Link>
      <Link to={selectionPath('ranking', { callId: call.id })}>{translate('aic.selection.menu.ranking')}</Link>
      <Link to={selectionPath('selection-funnel', { seasonId: call.seasonId })}>{translate('aic.selection.menu.funnel')}</Link>
      <RejectedCsvButton seasonId={Number(call.seasonId)} />
    </Stack>
  );
};

export const CallShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <CallLinks />
      <TextField source="title" />
      <ReferenceField source="seasonId" reference="seasons" link="show" />
      <SelectField source="track" choices={trackChoices} />
      <SelectField source="status" choices={callStatusChoices} />
      <LocaleDateField source="opensOn" />
      <LocaleDateField source="closesOn" />
      {[...CRITERIA, ...PANELS].map((key) => (
        <NumberField key={key} source={`${key}Weight`} />
      ))}
    </SimpleShowLayout>
  </Show>
);
