import type { NumericToNumber } from '../../common/crud/column-json.js';

/** `numeric` columns cross JSON as numbers (node-postgres reads them as text to keep their precision). */
export const decimalTransformer: NumericToNumber = {
  numericAsNumber: true,
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
