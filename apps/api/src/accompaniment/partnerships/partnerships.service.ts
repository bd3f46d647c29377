import { LaureateBoundCrud } from '../../common/scope/laureate-bound-crud.js';
import { assertNotAnonymised } from '../../directory/contacts/anonymised-contacts.js';
import type { CreatePartnershipDto, UpdatePartnershipDto } from './dto/partnership.dto.js';
import { Partnership } from './partnership.entity.js';
import { partnershipListSpec } from './partnerships.list-spec.js';

export class PartnershipsService extends LaureateBoundCrud<Partnership, CreatePartnershipDto, UpdatePartnershipDto>(
  Partnership,
  'partnerships',
  partnershipListSpec,
  (partnership, em) => assertNotAnonymised(em, 'contactId', [partnership.contactId]),
) {}
