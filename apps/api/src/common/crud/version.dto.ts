import { ApiProperty } from '@nestjs/swagger';
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
