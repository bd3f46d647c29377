import type { Role } from '@aic/domain';
import { type Identifier, type RaRecord, useGetIdentity, useGetManyAggregate, usePermissions } from 'react-admin';
import { hasAnyRole } from '../../common/permissions';
import { LAUREATE_LEAD_ROLES } from './roles';

/** Mirrors the API's LaureateAccess.assertCanWrite, to show write buttons only to whoever may use them. */
export const useCanWriteLaureate = (laureate?: RaRecord | null): boolean => {
  const { permissions } = usePermissions<Role[]>();
  const { identity } = useGetIdentity();
  if (hasAnyRole(permissions, LAUREATE_LEAD_ROLES)) return true;
  return (
    hasAnyRole(permissions, ['acceleration_manager']) &&
    laureate?.accelerationManagerId != null &&
    laureate.accelerationManagerId === identity?.id
  );
};

/** The same from a laureate id: rows of a page share one aggregated `getMany` of their laureates. */
export const useCanWriteLaureateId = (laureateId?: Identifier | null): boolean => {
  const { permissions } = usePermissions<Role[]>();
  const managerOnly = hasAnyRole(permissions, ['acceleration_manager']) && !hasAnyRole(permissions, LAUREATE_LEAD_ROLES);
  const { data } = useGetManyAggregate(
    'laureates',
    { ids: laureateId != null ? [laureateId] : [] },
    { enabled: managerOnly && laureateId != null },
  );
  return useCanWriteLaureate(data?.[0]);
};
