import type { Role } from '@aic/domain';
import { usePermissions } from 'react-admin';

/** Who may create, edit and delete seasons and organisations. */
export const EDITOR_ROLES: readonly Role[] = ['admin', 'programme_lead'];
export const AUDIT_READER_ROLES: readonly Role[] = ['admin', 'programme_lead'];

export const hasAnyRole = (permissions: unknown, roles: readonly Role[]): boolean =>
  Array.isArray(permissions) && permissions.some((role) => roles.includes(role));

export const useHasRole = (...roles: Role[]): boolean => {
  const { permissions } = usePermissions<Role[]>();
  return hasAnyRole(permissions, roles);
};

/** The same resource without its create and edit views: react-admin then hides every create/edit button. */
export const readOnly = <T extends { create?: unknown; edit?: unknown }>({ create: _c, edit: _e, ...rest }: T) => rest;
