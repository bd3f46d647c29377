import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Empty strings from cleared form inputs mean "no value". */
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value);

// Reusable field decorators so that DTOs read as a list of fields, not of validators.

export const RequiredText = (max = 200) =>
  applyDecorators(ApiProperty({ maxLength: max }), Transform(trim), IsString(), MinLength(1), MaxLength(max));

export const OptionalText = (max = 5000) =>
  applyDecorators(ApiProperty({ required: false, nullable: true, maxLength: max }), Transform(emptyToNull), IsOptional(), IsString(), MaxLength(max));

export const OptionalUrl = () =>
  applyDecorators(
    ApiProperty({ required: false, nullable: true }),
    Transform(emptyToNull),
    IsOptional(),
    IsUrl({ require_protocol: true, protocols: ['http', 'https'] }),
    MaxLength(500),
  );

export const DateOnly = (required = false) =>
  applyDecorators(
    ApiProperty({ required, nullable: !required, format: 'date', example: '2022-04-14' }),
    Transform(emptyToNull),
    ...(required ? [] : [IsOptional()]),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' }),
  );

export const OneOf = (values: readonly string[], required = true) =>
  applyDecorators(ApiProperty({ enum: values, required }), ...(required ? [] : [IsOptional()]), IsIn(values as string[]));

export const Integer = (min: number, max: number, required = true) =>
  applyDecorators(ApiProperty({ minimum: min, maximum: max, required }), ...(required ? [] : [IsOptional()]), IsInt(), Min(min), Max(max));

export const OptionalId = () =>
  applyDecorators(ApiProperty({ required: false, nullable: true }), Transform(emptyToNull), IsOptional(), IsInt(), Min(1));

/** Euros with at most 2 decimals, stored exactly as numeric(14,2). */
export const OptionalEuros = () =>
  applyDecorators(
    ApiProperty({ required: false, nullable: true, minimum: 0 }),
    Transform(emptyToNull),
    IsOptional(),
    IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(999_999_999_999),
  );

export const RequiredId = () => applyDecorators(ApiProperty(), IsInt(), Min(1));

/** A list of short labels (themes, tags): trimmed, empty ones dropped. */
export const TextList = (maxItems = 20, maxLength = 100) =>
  applyDecorators(
    ApiProperty({ type: [String], required: false }),
    Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value)),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
  );

/** A list of record ids (contacts present at a meeting…). */
export const IdList = (maxItems = 100) =>
  applyDecorators(ApiProperty({ type: [Number], required: false }), IsOptional(), IsArray(), ArrayMaxSize(maxItems), IsInt({ each: true }), Min(1, { each: true }));
