import type { NumericToNumber } from './column-json.js';

/**
 * Amounts are stored exactly as `numeric(14,2)` and summed in SQL; they cross JSON as numbers,
 * which represent every such amount (below 10^13 €) exactly to the cent.
 */
/** Euros (number or numeric text) as integer cents, for exact comparisons and sums. */
export const toCents = (euros: string | number) => Math.round(Number(euros) * 100);

/** Sums euro amounts through integer cents so that the total is exact. */
export const sumEuros = (amounts: number[]) => amounts.reduce((total, a) => total + toCents(a), 0) / 100;

export const eurosTransformer: NumericToNumber = {
  numericAsNumber: true,
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : value.toFixed(2)),
  from: (value: string | null) => (value === null ? null : Number(value)),
};
