import type { Validator } from 'react-admin';

/** An input's own check first, then those its caller passes (one, a list or none). */
export const withOwnCheck = (own: Validator, validate: Validator | Validator[] | undefined): Validator[] => [own, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
