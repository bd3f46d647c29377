import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { isCalendarDate, isDateTime } from './dates.js';
import { isInvisible, normaliseText, textProblem } from './text-rules.js';

/** Empty strings from cleared form inputs mean "no value"; so do strings of only invisible characters. */
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && isInvisible(value) ? null : value);

/** PostgreSQL's `integer`: a larger id cannot exist, and would fail in the database rather than here. */
export const INT4_MAX = 2_147_483_647;

// Reusable field decorators so that DTOs read as a list of fields, not of validators.

/**
 * Text as text-rules.ts says: normalised (NFC, trimmed, single-line white space collapsed), no control character,
 * line breaks only when `multiline`, something visible when `required`. The English messages are matched by
 * validation-errors.ts.
 */
const ValidText = (multiline: boolean, required: boolean, each = false) =>
  ValidateBy(
    {
      name: 'text',
      validator: {
        validate: (value) => typeof value === 'string' && textProblem(value, multiline) === null && !(required && isInvisible(value)),
        defaultMessage: (args) => {
          const value = args?.value;
          const problem = typeof value === 'string' ? textProblem(value, multiline) : null;
          if (typeof value !== 'string') return '$property must be a string';
          return `$property ${problem === 'line break' ? 'must be on one line' : problem ? 'must not contain control characters' : 'must contain visible characters'}`;
        },
      },
    },
    { each },
  );

const text = (max: number, multiline: boolean, required: boolean, min = 1) =>
  applyDecorators(
    ApiProperty({ required, nullable: !required, maxLength: max, ...(multiline ? { description: 'multi-line' } : {}) }),
    Transform(({ value }) => (required ? normaliseText(value, multiline) : emptyToNull({ value: normaliseText(value, multiline) }))),
    ...(required ? [MinLength(min)] : [IsOptional()]),
    IsString(),
    ValidText(multiline, required),
    MaxLength(max),
  );

/** A required single-line text (a name, a title). */
export const RequiredText = (max = 200, min = 1) => text(max, false, true, min);

/** An optional single-line text; blank means null. */
export const OptionalText = (max = 5000) => text(max, false, false);

/** A text where tabs and line breaks belong (descriptions, notes, minutes, summaries): declared, never assumed. */
export const MultilineText = (max = 5000, required = false) => text(max, true, required);

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
    ValidateBy({ name: 'calendarDate', validator: { validate: (v) => typeof v === 'string' && isCalendarDate(v), defaultMessage: () => 'must be an existing date (YYYY-MM-DD)' } }),
  );

const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** A time of day, 'HH:MM' (24 hours); blank means null. */
export const TimeOfDay = () =>
  applyDecorators(
    ApiProperty({ required: false, nullable: true, example: '14:00', pattern: TIME_OF_DAY.source }),
    Transform(emptyToNull),
    IsOptional(),
    ValidateBy({ name: 'timeOfDay', validator: { validate: (v) => typeof v === 'string' && TIME_OF_DAY.test(v), defaultMessage: () => 'must be a time of day (HH:MM)' } }),
  );

/** An instant in ISO 8601 with its offset (`2026-04-14T09:30:00Z`), on a calendar date that exists. */
export const DateTime = (required = true) =>
  applyDecorators(
    ApiProperty({ required, format: 'date-time' }),
    ...(required ? [] : [IsOptional()]),
    ValidateBy({ name: 'dateTime', validator: { validate: (v) => typeof v === 'string' && isDateTime(v), defaultMessage: () => 'must be an ISO 8601 date-time' } }),
  );

export const OneOf = (values: readonly string[], required = true) =>
  applyDecorators(ApiProperty({ enum: values, required }), ...(required ? [] : [IsOptional()]), IsIn(values as string[]));

export const Integer = (min: number, max: number, required = true) =>
  applyDecorators(ApiProperty({ minimum: min, maximum: max, required }), ...(required ? [] : [IsOptional()]), IsInt(), Min(min), Max(max));

export const OptionalId = () =>
  applyDecorators(ApiProperty({ required: false, nullable: true, minimum: 1, maximum: INT4_MAX }), Transform(emptyToNull), IsOptional(), IsInt(), Min(1), Max(INT4_MAX));

/**
 * Euros with at most 2 decimals, stored exactly as numeric(14,2). class-validator's `maxDecimalPlaces` counts the
 * digits after a dot in the number's text, so `1e-7` passed it (then failed in the database): the amount must equal
 * itself rounded to the cent.
 */
export const Euros = (options: { required?: boolean; min?: number } = {}) => {
  const { required = false, min = 0 } = options;
  return applyDecorators(
    ApiProperty({ required, nullable: !required, minimum: min, maximum: 999_999_999_999.99, description: 'euros, at most 2 decimals' }),
    ...(required ? [] : [Transform(emptyToNull), IsOptional()]),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    ValidateBy({ name: 'euros', validator: { validate: (v) => typeof v === 'number' && Number(v.toFixed(2)) === v, defaultMessage: () => 'must have at most 2 decimal places' } }),
    Min(min),
    Max(999_999_999_999.99),
  );
};

export const OptionalEuros = () => Euros();

export const RequiredId = () => applyDecorators(ApiProperty({ minimum: 1, maximum: INT4_MAX }), IsInt(), Min(1), Max(INT4_MAX));

/** A list sent as null means an empty list (a service reading `dto.list ?? []` or `= []` would otherwise get null). */
export const NullAsEmptyList = () => Transform(({ value }) => (value === null ? [] : value));

/** A list of short labels (themes, tags): single-line texts, normalised, blank ones dropped. */
export const TextList = (maxItems = 20, maxLength = 100) =>
  applyDecorators(
    ApiProperty({ type: [String], required: false }),
    NullAsEmptyList(),
    Transform(({ value }) => (Array.isArray(value) ? value.map((v) => normaliseText(v, false)).filter((v) => !(typeof v === 'string' && isInvisible(v))) : value)),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    ValidText(false, true, true),
    MaxLength(maxLength, { each: true }),
  );

/** A list of record ids (contacts present at a meeting…). */
export const IdList = (maxItems = 100) =>
  applyDecorators(
    ApiProperty({ type: [Number], required: false }),
    NullAsEmptyList(),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsInt({ each: true }),
    Min(1, { each: true }),
    Max(INT4_MAX, { each: true }),
  );
