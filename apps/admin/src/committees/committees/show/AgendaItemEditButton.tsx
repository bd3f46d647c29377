import { EditButton, useGetIdentity, useGetManyAggregate, useRecordContext } from 'react-admin';
import { useHasRole } from '../../../common/permissions';

/** Programme leads edit any agenda item; an acceleration manager only those of the laureates they manage. */
export const AgendaItemEditButton = () => {
  const item = useRecordContext();
  const isLead = useHasRole('admin', 'programme_lead');
  const isManager = useHasRole('acceleration_manager');
  const { identity } = useGetIdentity();
  const { data: laureates } = useGetManyAggregate('laureates', { ids: item ? [item.laureateId] : [] }, { enabled: !isLead && isManager });
  if (!item) return null;
  const managesIt = isManager && identity != null && laureates?.[0]?.accelerationManagerId === identity.id;
  return isLead || managesIt ? <EditButton /> : null;
};
