import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength } from 'class-validator';
import { UpdateDtoOf } from '../../../../common/crud/version.dto.js';

export class CreateSelfRegistrationDomainDto {
  @ApiProperty({ example: 'modernisation.gouv.fr', description: 'the part after the @, matched exactly (not its subdomains)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/^@/, '') : value))
  @IsString()
  @MaxLength(253)
  @Matches(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'domain must be an e-mail domain such as modernisation.gouv.fr' })
  domain: string;
}

export class UpdateSelfRegistrationDomainDto extends UpdateDtoOf(CreateSelfRegistrationDomainDto) {}
