import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { WHOLE_NUMBER } from '../errors/validation-errors.js';
import { INT4_MAX } from '../validation/fields.js';

/**
 * A record id in a path or query: a canonical positive decimal integer within PostgreSQL's `integer` (1 to
 * 2147483647), else 400. Nest's ParseIntPipe read `0x10` as 16 and `1e3` as 1000 (issue 13): one record had many
 * addresses. `01`, `+1`, `1.0`, ` 1`, `0` and `2147483648` are refused alike; a well-formed id that matches no record
 * is a 404 from the service.
 */
export class ParseIdPipe implements PipeTransform<unknown, number> {
  constructor(private readonly field = 'id') {}

  transform(value: unknown): number {
    const id = typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
    // (The global AppValidationPipe leaves numeric parameters as strings, for this check.)
    // A path's id is no form field: the message alone; a query parameter is named.
    if (!(id <= INT4_MAX)) throw new BadRequestException({ message: WHOLE_NUMBER, ...(this.field === 'id' ? {} : { errors: { [this.field]: WHOLE_NUMBER } }) });
    return id;
  }
}
