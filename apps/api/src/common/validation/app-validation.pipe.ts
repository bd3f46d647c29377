import { type ArgumentMetadata, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import { validationExceptionFactory } from '../errors/validation-errors.js';

/**
 * The global ValidationPipe (whitelist, transform), except that a path or query parameter typed `number` stays the
 * string it came as: Nest converts it with `+value`, which reads `0x10` as 16, `1e3` as 1000 and `' 1'` as 1
 * (issue 13). Such parameters go through ParseIdPipe, which accepts only canonical decimal ids.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions = {}) {
    super({ whitelist: true, transform: true, exceptionFactory: validationExceptionFactory, ...options });
  }

  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.metatype === Number && typeof value === 'string') return value;
    return super.transformPrimitive(value, metadata);
  }
}
