import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { decisionOutcomeChoices } from '../../../common/choices';
import { ChoiceColumn, DateColumn, EuroColumn, ReferenceColumn } from '../../../common/columns';
import { ShowSection } from './ShowSection';

export const DecisionsSection = () => {
  const translate = useTranslate();
  return (
    <ShowSection id="decisions-heading" title={translate('aic.committee.decisions')}>
      <ReferenceManyField
        reference="decisions"
        target="committeeId"
        sort={{ field: 'decidedAt', order: 'ASC' }}
        perPage={100}
        empty={<p>{translate('aic.committee.noDecision')}</p>}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <ReferenceColumn source="laureateId" reference="laureates" link={false} />
          <ChoiceColumn source="outcome" choices={decisionOutcomeChoices} />
          <EuroColumn source="fundingGranted" />
          <DateColumn source="decidedAt" />
        </DataTable>
      </ReferenceManyField>
    </ShowSection>
  );
};
