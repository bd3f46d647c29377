import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { MultilineText, OptionalId, OptionalText, RequiredId, RequiredText, NullAsEmptyList } from '../../../common/validation/fields.js';

const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value);

export class LaureateMembershipDto {
  @RequiredId()
  laureateId: number;

  @OptionalText(100)
  role?: string | null;
}

/** Personal data: only what the accompaniment needs (no address, no birth date). */
export class CreateContactDto {
  @RequiredText(100)
  firstName: string;

  @RequiredText(100)
  lastName: string;

  @ApiProperty({ required: false, nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiProperty({ required: false, nullable: true, example: '+33 1 23 45 67 89' })
  @Transform(emptyToNull)
  @IsOptional()
  @Matches(/^\+?[\d\s().-]{6,25}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @OptionalText(200)
  jobTitle?: string | null;

  @OptionalId()
  organisationId?: number | null;

  @MultilineText()
  notes?: string | null;

  @ApiProperty({ type: [LaureateMembershipDto], required: false })
  @NullAsEmptyList()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LaureateMembershipDto)
  laureates?: LaureateMembershipDto[];
}

export class UpdateContactDto extends UpdateDtoOf(CreateContactDto) {}
