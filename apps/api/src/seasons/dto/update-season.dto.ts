import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedUpdateDto } from '../../common/crud/version.dto.js';
import { CreateSeasonDto } from './create-season.dto.js';

export class UpdateSeasonDto extends IntersectionType(PartialType(CreateSeasonDto), VersionedUpdateDto) {}
