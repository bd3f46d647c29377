import type { Type } from '@nestjs/common';
import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Every PUT carries the version it was based on; a stale one answers 409. */
export class VersionedUpdateDto {
  @ApiProperty({ description: 'version read before editing (optimistic locking)' })
  @IsInt()
  @Min(1)
  version: number;
}

export function splitVersion<T extends VersionedUpdateDto>(dto: T): { version: number; patch: Omit<T, 'version'> } {
  const { version, ...patch } = dto;
  return { version, patch };
}

/** The PUT body of a resource: every create field optional, plus the required version. */
export function UpdateDtoOf<T>(createDto: Type<T>) {
  return IntersectionType(PartialType(createDto), VersionedUpdateDto);
}
