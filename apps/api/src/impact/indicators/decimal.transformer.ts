import type { ValueTransformer } from 'typeorm';

/** `numeric` columns cross JSON as numbers (node-postgres reads them as text to keep their precision). */
export const decimalTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
