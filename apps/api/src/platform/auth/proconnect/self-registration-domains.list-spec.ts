import { type ListSpec, frenchText } from '../../../common/list/list-spec.js';
import type { SelfRegistrationDomain } from './self-registration-domain.entity.js';

export const selfRegistrationDomainListSpec: ListSpec<SelfRegistrationDomain> = {
  resource: 'self-registration-domains',
  alias: 'd',
  sortable: { id: 'd.id', domain: frenchText('d.domain'), createdAt: 'd.createdAt' },
  defaultSort: ['domain', 'ASC'],
  filters: {},
  search: 'd.domain',
};
