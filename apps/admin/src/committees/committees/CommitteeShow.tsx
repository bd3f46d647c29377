import { FunctionField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { committeeHours } from './committeeHours';
import { committeeKindChoices, committeeStatusChoices } from '../../common/choices';
import { ExternalUrlField, LocaleDateField } from '../../common/fields';
import { CommitteeShowActions } from './CommitteeShowActions';
import { CommitteeDocuments } from './show/CommitteeDocuments';
import { AgendaSection } from './show/AgendaSection';
import { DecisionsSection } from './show/DecisionsSection';
import { ExternalMembersField, StaffMembersField } from './show/MembersField';

export const CommitteeShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<CommitteeShowActions />}>
      <SimpleShowLayout>
        <ReferenceField source="seasonId" reference="seasons" link="show" />
        <SelectField source="kind" choices={committeeKindChoices} />
        <SelectField source="status" choices={committeeStatusChoices} />
        <LocaleDateField source="heldOn" />
        <FunctionField source="startTime" label="resources.committees.fields.hours" render={(committee) => committeeHours(committee, translate) ?? translate('aic.committee.wholeDay')} />
        <TextField source="place" />
        <ExternalUrlField source="videoLink" />
        <StaffMembersField source="memberIds" />
        <ExternalMembersField source="externalMembers" />
        <TextField source="minutes" sx={{ whiteSpace: 'pre-line' }} />
        <LocaleDateField source="closedAt" showTime />
      </SimpleShowLayout>
      <AgendaSection />
      <DecisionsSection />
      <CommitteeDocuments />
    </Show>
  );
};
