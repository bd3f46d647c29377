import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Max, Min, ValidateBy } from 'class-validator';

const LIMIT = 999_999_999_999;

/** A value stored as numeric(16,4): a finite number equal to itself rounded to 4 decimals (the rule of Euros, at 4). */
export const Decimal = (required = true) =>
  applyDecorators(
    ApiProperty({ required, nullable: !required, minimum: -LIMIT, maximum: LIMIT, description: 'at most 4 decimals' }),
    ...(required ? [] : [Transform(({ value }) => (value === '' ? null : value)), IsOptional()]),
    ValidateBy({
      name: 'decimal',
      validator: { validate: (v) => typeof v === 'number' && Number.isFinite(v) && Number(v.toFixed(4)) === v, defaultMessage: () => '$property must have at most 4 decimal places' },
    }),
    Min(-LIMIT),
    Max(LIMIT),
  );
