import { DataTable, List, ReferenceInput, SelectInput, useTranslate } from 'react-admin';
import { applicationStatusChoices, carrierKindChoices } from '../../common/choices';
import { ChoiceColumn } from '../../common/columns';
import { ListPagination } from '../../common/ListPagination';
import { SearchFilter } from '../../common/SearchFilter';
import { EligibilityActions } from './EligibilityActions';
import { EligibilityBulkActions } from './EligibilityBulkActions';
import { SelectPage, SelectRow } from './SelectionCheckboxes';

const filters = [
  <SearchFilter key="q" alwaysOn />,
  <ReferenceInput key="callId" source="callId" reference="calls" sort={{ field: 'opensOn', order: 'DESC' }} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={applicationStatusChoices} alwaysOn />,
  <SelectInput key="carrierKind" source="carrierKind" choices={carrierKindChoices} alwaysOn />,
];

/** The two published conditions, in view while deciding. */
const Conditions = () => {
  const translate = useTranslate();
  return (
    <div className="fr-callout fr-my-2w">
      <h2 className="fr-callout__title fr-h6">{translate('aic.selection.conditions.title')}</h2>
      <ol className="fr-callout__text fr-text--md">
        <li>{translate('aic.selection.conditions.carrier')}</li>
        <li>{translate('aic.selection.conditions.purpose')}</li>
      </ol>
    </div>
  );
};

/**
 * Eligibility (issue 15): the applications received, one click per decision with its reason, or the selected ones
 * in bulk; the list starts on those still to decide.
 */
export const EligibilityScreen = () => {
  const translate = useTranslate();
  return (
    <>
      <Conditions />
      <List
        resource="applications"
        storeKey="eligibility"
        title={translate('aic.selection.eligibility.title')}
        filters={filters}
        filterDefaultValues={{ status: 'received' }}
        sort={{ field: 'submittedAt', order: 'ASC' }}
        perPage={25}
        pagination={<ListPagination />}
        exporter={false}
        actions={false}
        disableSyncWithLocation
      >
        <p className="fr-text--sm fr-mx-2w fr-mt-1w">{translate('aic.selection.eligibility.intro')}</p>
        <EligibilityBulkActions />
        <DataTable rowClick={false} bulkActionButtons={false}>
          <DataTable.Col label={<SelectPage />} disableSort>
            <SelectRow />
          </DataTable.Col>
          <DataTable.Col source="projectName" />
          <DataTable.Col source="carrierName" />
          <ChoiceColumn source="carrierKind" choices={carrierKindChoices} />
          <ChoiceColumn source="status" choices={applicationStatusChoices} />
          <DataTable.Col source="eligibilityReason" label="aic.selection.eligibility.decision" disableSort>
            <EligibilityActions />
          </DataTable.Col>
        </DataTable>
      </List>
    </>
  );
};
