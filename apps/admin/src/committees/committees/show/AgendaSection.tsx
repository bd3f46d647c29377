import { CreateButton, DataTable, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ActionsColumn } from '../../../common/ActionsColumn';
import { EuroColumn, ReferenceColumn } from '../../../common/columns';
import { useHasRole } from '../../../common/permissions';
import { AgendaItemEditButton } from './AgendaItemEditButton';
import { ShowSection } from './ShowSection';

/** The committee's agenda; programme leads add laureates while it is open. */
export const AgendaSection = () => {
  const committee = useRecordContext();
  const translate = useTranslate();
  const canCompose = useHasRole('admin', 'programme_lead');
  if (!committee) return null;
  const open = committee.status !== 'closed';
  const add = canCompose && open && (
    <CreateButton resource="agenda-items" label="aic.committee.addLaureate" state={{ record: { committeeId: committee.id } }} />
  );
  return (
    <ShowSection id="agenda-heading" title={translate('aic.committee.agenda')} actions={add}>
      <ReferenceManyField reference="agenda-items" target="committeeId" sort={{ field: 'position', order: 'ASC' }} perPage={100}>
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="position" />
          <ReferenceColumn source="laureateId" reference="laureates" link="show" />
          <DataTable.Col source="presenter" disableSort />
          <DataTable.Col source="requestedSupport" disableSort>
            <TextField source="requestedSupport" sx={{ whiteSpace: 'pre-line' }} />
          </DataTable.Col>
          <EuroColumn source="requestedFunding" />
          <DataTable.Col source="briefingNotes" disableSort>
            <TextField source="briefingNotes" sx={{ whiteSpace: 'pre-line' }} />
          </DataTable.Col>
          {open && (
            <ActionsColumn>
              <AgendaItemEditButton />
            </ActionsColumn>
          )}
        </DataTable>
      </ReferenceManyField>
    </ShowSection>
  );
};
