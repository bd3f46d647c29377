import { DataTable, ReferenceField, ReferenceManyField, SelectField, useTranslate } from 'react-admin';
import { decisionOutcomeChoices } from '../../common/choices';
import { EuroField, LocaleDateField } from '../../common/fields';
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
          <DataTable.Col source="laureateId" disableSort>
            <ReferenceField source="laureateId" reference="laureates" link={false} />
          </DataTable.Col>
          <DataTable.Col source="outcome">
            <SelectField source="outcome" choices={decisionOutcomeChoices} />
          </DataTable.Col>
          <DataTable.Col source="fundingGranted" align="right">
            <EuroField source="fundingGranted" />
          </DataTable.Col>
          <DataTable.Col source="decidedAt">
            <LocaleDateField source="decidedAt" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </ShowSection>
  );
};
