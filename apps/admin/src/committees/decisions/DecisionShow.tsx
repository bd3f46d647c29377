import { ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { decisionOutcomeChoices } from '../../common/choices';
import { EuroField, LocaleDateField } from '../../common/fields';
import { DecisionShowActions } from './DecisionShowActions';
import { GrantLabel } from '../../funding/grants/GrantLabel';

export const DecisionShow = () => (
  <Show actions={<DecisionShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="committeeId" reference="committees" link="show" />
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <SelectField source="outcome" choices={decisionOutcomeChoices} />
      <TextField source="conditions" sx={{ whiteSpace: 'pre-line' }} />
      <TextField source="rationale" sx={{ whiteSpace: 'pre-line' }} />
      <EuroField source="fundingGranted" />
      {/* The grant that carries the decision's funding. */}
      <ReferenceManyField label="resources.decisions.fields.grant" reference="grants" target="decisionId">
        <SingleFieldList linkType="show">
          <GrantLabel />
        </SingleFieldList>
      </ReferenceManyField>
      <LocaleDateField source="decidedAt" showTime />
      <ReferenceField source="decidedById" reference="staff-members" link={false}>
        <TextField source="fullName" />
      </ReferenceField>
    </SimpleShowLayout>
  </Show>
);
