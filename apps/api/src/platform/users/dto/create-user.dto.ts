import { MIN_PASSWORD_LENGTH, PANELS, type Panel, ROLES, type Role } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { OneOf, RequiredText } from '../../../common/validation/fields.js';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateUserDto {
  @ApiProperty()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @RequiredText(200, 2)
  fullName: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  /** An evaluator's panel: required with the `evaluator` role, cleared without it. */
  @OneOf(PANELS, false)
  panel?: Panel | null;

  @ApiProperty({ required: false, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, required: false, description: 'omitted: the person is e-mailed an invitation to choose it (or signs in with ProConnect)' })
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === null ? undefined : value))
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  password?: string;
}
