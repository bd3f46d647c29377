import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedUpdateDto } from '../../common/crud/version.dto.js';
import { CreateOrganisationDto } from './create-organisation.dto.js';

export class UpdateOrganisationDto extends IntersectionType(PartialType(CreateOrganisationDto), VersionedUpdateDto) {}
