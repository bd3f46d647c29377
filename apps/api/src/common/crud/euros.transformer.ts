import type { ValueTransformer } from 'typeorm';

/**
 * Amounts are stored exactly as `numeric(14,2)` and summed in SQL; they cross JSON as numbers,
 * which represent every such amount (below 10^13 €) exactly to the cent.
 */
export const eurosTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : value.toFixed(2)),
  from: (value: string | null) => (value === null ? null : Number(value)),
};
