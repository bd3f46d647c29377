import { MIN_PASSWORD_LENGTH, PANELS, type Panel, ROLES, type Role } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { VersionedUpdateDto } from '../../../common/crud/version.dto.js';
import { OneOf, RequiredText } from '../../../common/validation/fields.js';

/** The e-mail is the login: not editable here (create a new account instead). */
export class UpdateUserDto extends VersionedUpdateDto {
  @IsOptional()
  @RequiredText(200, 2)
  fullName?: string;

  @ApiProperty({ enum: ROLES, isArray: true, required: false })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  /** An evaluator's panel: required with the `evaluator` role, cleared without it. */
  @OneOf(PANELS, false)
  panel?: Panel | null;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ required: false, description: 'a new password, set by an admin' })
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === null ? undefined : value))
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  password?: string;
}
