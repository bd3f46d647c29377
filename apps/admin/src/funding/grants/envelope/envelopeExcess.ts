/** The figures of the API's 409 when a grant would take the season beyond its funding envelope. */
export interface EnvelopeExcess {
  envelope: number;
  alreadyGranted: number;
  requested: number;
  total: number;
}

/** The envelope figures carried by an error, or null when it is another error. */
export const envelopeExcessOf = (error: unknown): EnvelopeExcess | null => {
  const { status, body } = (error ?? {}) as { status?: number; body?: Partial<EnvelopeExcess> };
  if (status !== 409 || typeof body?.envelope !== 'number' || typeof body.total !== 'number') return null;
  return { envelope: body.envelope, alreadyGranted: body.alreadyGranted ?? 0, requested: body.requested ?? 0, total: body.total };
};
