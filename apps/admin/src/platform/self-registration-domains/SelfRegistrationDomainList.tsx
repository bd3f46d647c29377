import { DataTable, List, useTranslate } from 'react-admin';
import { ActionsColumn } from '../../common/ActionsColumn';
import { DateColumn } from '../../common/columns';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { ListPagination } from '../../common/ListPagination';

/** The e-mail domains whose agents may create their own account at their first ProConnect sign-in. */
export const SelfRegistrationDomainList = () => {
  const translate = useTranslate();
  return (
    <List pagination={<ListPagination />} sort={{ field: 'domain', order: 'ASC' }} perPage={25} exporter={false}>
      <p className="fr-text--sm fr-px-2w fr-pt-2w fr-mb-0">{translate('resources.self-registration-domains.intro')}</p>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="domain" />
        <DateColumn source="createdAt" />
        <ActionsColumn>
          <DeleteRecordButton />
        </ActionsColumn>
      </DataTable>
    </List>
  );
};
