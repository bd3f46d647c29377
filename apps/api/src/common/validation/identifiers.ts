import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';

/** Blank means none; identifiers are compared without the spaces people type in them (`123 456 789 00012`). */
const compactOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() || null : value);

/** SIRET of an establishment: 14 digits (spaces dropped). */
export const Siret = () =>
  applyDecorators(
    ApiProperty({ required: false, nullable: true, example: '12345678900012' }),
    Transform(compactOrNull),
    IsOptional(),
    Matches(/^\d{14}$/, { message: '$property must be a SIRET (14 digits)' }),
  );

/** RNA number of an association: W and 9 characters (spaces dropped). */
export const Rna = () =>
  applyDecorators(
    ApiProperty({ required: false, nullable: true, example: 'W751234567' }),
    Transform(compactOrNull),
    IsOptional(),
    Matches(/^W[0-9A-Z]{9}$/, { message: '$property must be an RNA number (W and 9 characters)' }),
  );
