import { ROLES } from '@aic/domain';
import type { ListSpec } from '../common/list/list-spec.js';
import type { User } from './user.entity.js';

export const userListSpec: ListSpec<User> = {
  resource: 'users',
  alias: 'u',
  sortable: { id: 'u.id', email: 'u.email', fullName: 'u.fullName', active: 'u.active', createdAt: 'u.createdAt', lastLoginAt: 'u.lastLoginAt' },
  defaultSort: ['fullName', 'ASC'],
  filters: {
    active: { column: 'u.active', type: 'boolean' },
    role: {
      type: 'enum',
      values: ROLES,
      apply: (qb, value, param) => {
        const roles = Array.isArray(value) ? value : [value];
        qb.andWhere(`u.roles && :${param}::text[]`, { [param]: roles });
      },
    },
  },
  search: `f_unaccent(lower(u.fullName || ' ' || u.email))`,
};
