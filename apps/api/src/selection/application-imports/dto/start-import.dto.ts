import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** Field → the header of the file that feeds it (null or absent: not imported; the rest goes to `answers`). */
export class ImportMappingDto {
  @IsOptional() @IsString() @MaxLength(500) reference?: string | null;
  @IsOptional() @IsString() @MaxLength(500) projectName?: string | null;
  @IsOptional() @IsString() @MaxLength(500) carrierName?: string | null;
  @IsOptional() @IsString() @MaxLength(500) carrierKind?: string | null;
  @IsOptional() @IsString() @MaxLength(500) carrierSiret?: string | null;
  @IsOptional() @IsString() @MaxLength(500) carrierRna?: string | null;
  @IsOptional() @IsString() @MaxLength(500) contactName?: string | null;
  @IsOptional() @IsString() @MaxLength(500) contactEmail?: string | null;
  @IsOptional() @IsString() @MaxLength(500) summary?: string | null;
  @IsOptional() @IsString() @MaxLength(500) submittedAt?: string | null;
  @IsOptional() @IsString() @MaxLength(500) sourceState?: string | null;
  @IsOptional() @IsString() @MaxLength(500) sourceUpdatedAt?: string | null;
  @IsOptional() @IsString() @MaxLength(500) track?: string | null;
}

export class StartImportDto {
  @ValidateNested()
  @Type(() => ImportMappingDto)
  mapping: ImportMappingDto;
}
