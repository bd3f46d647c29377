import type { Role } from '@aic/domain';
import { type Identifier, type RaRecord, useGetIdentity, useGetManyAggregate, usePermissions } from 'react-admin';
import { hasAnyRole } from '../../common/permissions';
import { LAUREATE_LEAD_ROLES } from '../../accompaniment/laureates/roles';

/** Mirrors ContactsService: a manager changes contacts of no team yet, or of a team of a laureate they manage. */
export const useCanWriteContact = (contact?: RaRecord | null): boolean => {
  const { permissions } = usePermissions<Role[]>();
  const { identity } = useGetIdentity();
  const lead = hasAnyRole(permissions, LAUREATE_LEAD_ROLES);
  const manager = hasAnyRole(permissions, ['acceleration_manager']);
  const ids: Identifier[] = (contact?.laureates ?? []).map((m: { laureateId: Identifier }) => m.laureateId);
  const { data = [] } = useGetManyAggregate('laureates', { ids }, { enabled: manager && !lead && ids.length > 0 });
  if (lead) return true;
  if (!manager || !contact) return false;
  return ids.length === 0 || data.some((laureate) => laureate.accelerationManagerId === identity?.id);
};
