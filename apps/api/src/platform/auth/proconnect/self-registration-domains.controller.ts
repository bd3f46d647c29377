import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/auth/decorators.js';
import { CrudController } from '../../../common/crud/crud-controller.js';
import { CreateSelfRegistrationDomainDto, UpdateSelfRegistrationDomainDto } from './dto/self-registration-domain.dto.js';
import { selfRegistrationDomainListSpec } from './self-registration-domains.list-spec.js';
import { SelfRegistrationDomainsService } from './self-registration-domains.service.js';

/** Admins only: which e-mail domains may register themselves through ProConnect (accounts without a role). */
@ApiTags('self-registration-domains')
@Roles('admin')
@Controller('self-registration-domains')
export class SelfRegistrationDomainsController extends CrudController({
  resource: 'self-registration-domains',
  spec: selfRegistrationDomainListSpec,
  service: SelfRegistrationDomainsService,
  createDto: CreateSelfRegistrationDomainDto,
  updateDto: UpdateSelfRegistrationDomainDto,
}) {}
