import { frenchText, type ListSpec } from '../../common/list/list-spec.js';
import type { User } from '../../platform/users/user.entity.js';
import { roleFilter } from '../../platform/users/users.list-spec.js';

export const staffListSpec: ListSpec<User> = {
  resource: 'staff-members',
  alias: 'u',
  sortable: { id: 'u.id', fullName: frenchText('u.fullName') },
  defaultSort: ['fullName', 'ASC'],
  filters: {
    active: { column: 'u.active', type: 'boolean' },
    role: roleFilter,
  },
  search: `f_unaccent(lower(u.fullName))`,
};
