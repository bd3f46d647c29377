import { CreateButton, DataTable, EditButton, ReferenceManyField, TextField, useRecordContext, useResourceDefinition, useTranslate } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { ShowSection } from '../../committees/committees/show/ShowSection';
import { DateColumn, EuroColumn } from '../../common/columns';
import { PaidTotals } from './PaidTotals';

/** The grant's payments, what has been paid and what is left; writers add one (never beyond the grant: 409). */
export const GrantDisbursements = () => {
  const grant = useRecordContext();
  const translate = useTranslate();
  const { hasEdit } = useResourceDefinition({ resource: 'disbursements' });
  if (!grant) return null;
  const add = hasEdit && <CreateButton resource="disbursements" state={{ record: { grantId: grant.id } }} />;
  return (
    <ShowSection id="disbursements-heading" title={translate('resources.grants.fields.disbursements')} actions={add}>
      <ReferenceManyField reference="disbursements" target="grantId" sort={{ field: 'paidOn', order: 'ASC' }} perPage={100}>
        <PaidTotals amount={Number(grant.amount)} />
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DateColumn source="paidOn" />
          <EuroColumn source="amount" />
          <DataTable.Col source="reference" disableSort>
            <TextField source="reference" />
          </DataTable.Col>
          {hasEdit && (
            <ActionsColumn>
              <EditButton />
            </ActionsColumn>
          )}
        </DataTable>
      </ReferenceManyField>
    </ShowSection>
  );
};
