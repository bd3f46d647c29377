import { ROLES } from '@aic/domain';
import { asList, type FilterDef, type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { User } from './user.entity.js';

/** Users having any of the given roles (users and the staff directory, both aliased `u`). */
export const roleFilter: FilterDef<User> = {
  type: 'enum',
  values: ROLES,
  apply: (qb, value, param) => void qb.andWhere(`u.roles && :${param}::text[]`, { [param]: asList(value) }),
};

export const userListSpec: ListSpec<User> = {
  resource: 'users',
  alias: 'u',
  sortable: { id: 'u.id', email: frenchText('u.email'), fullName: frenchText('u.fullName'), active: 'u.active', createdAt: 'u.createdAt', lastLoginAt: 'u.lastLoginAt' },
  defaultSort: ['fullName', 'ASC'],
  filters: {
    active: { column: 'u.active', type: 'boolean' },
    role: roleFilter,
    // Accounts registered through ProConnect wait here for an admin to give them a role.
    withoutRole: {
      type: 'boolean',
      apply: (qb, value) => void qb.andWhere(value ? 'cardinality(u.roles) = 0' : 'cardinality(u.roles) > 0'),
    },
  },
  search: `f_unaccent(lower(u.fullName || ' ' || u.email))`,
};
