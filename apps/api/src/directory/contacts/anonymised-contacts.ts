import type { EntityManager } from 'typeorm';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';

/** An anonymised contact is a tombstone: no record may name it again (journal entries, partnerships). */
export async function assertNotAnonymised(em: EntityManager, field: string, contactIds: ReadonlyArray<number | null | undefined>): Promise<void> {
  const ids = contactIds.filter((id): id is number => typeof id === 'number');
  if (ids.length === 0) return;
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM contacts WHERE id = ANY($1::int[]) AND anonymised_at IS NOT NULL`, [ids]);
  if (n > 0) {
    throw invalidField(field, bilingual('Ce contact a été anonymisé : il ne peut plus être associé à un enregistrement', 'This contact was anonymised: it can no longer be linked to a record'));
  }
}
