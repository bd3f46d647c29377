import type { Role } from '@aic/domain';
import { usePermissions } from 'react-admin';

// Role checks for what a page shows differently per role (homes, committee run). Whether a role may open a page or
// change a record is authProvider.canAccess (common/access), which menus, buttons and routes follow.

/** Who may create, edit and delete seasons and organisations. */
export const EDITOR_ROLES: readonly Role[] = ['admin', 'programme_lead'];

export const hasAnyRole = (permissions: unknown, roles: readonly Role[]): boolean =>
  Array.isArray(permissions) && permissions.some((role) => roles.includes(role));

export const useHasRole = (...roles: Role[]): boolean => {
  const { permissions } = usePermissions<Role[]>();
  return hasAnyRole(permissions, roles);
};
