import type { DocumentOwner } from '@aic/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestUser } from '../../common/auth/request-user.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { LaureateAccess, laureateReadCondition, readsAllLaureates, writesAllLaureates } from '../../common/scope/laureate-access.js';

/** The record a document belongs to. */
export interface DocumentOwnerRef {
  resource: DocumentOwner;
  id: number;
}

export const OWNER_FIELDS: Record<DocumentOwner, 'laureateId' | 'grantId' | 'disbursementId' | 'committeeId'> = {
  laureates: 'laureateId',
  grants: 'grantId',
  disbursements: 'disbursementId',
  committees: 'committeeId',
};

type Owned = { laureateId?: number | null; grantId?: number | null; disbursementId?: number | null; committeeId?: number | null };

/** The owner named by a document or an upload's fields, or null when not exactly one is given. */
export function ownerOf(record: Owned): DocumentOwnerRef | null {
  const named = (Object.entries(OWNER_FIELDS) as Array<[DocumentOwner, keyof Owned]>).filter(([, field]) => record[field] != null);
  return named.length === 1 ? { resource: named[0][0], id: record[named[0][1]]! } : null;
}

/**
 * SQL condition "the caller may read document `alias`": the rule of the record it belongs to (scope/laureate-access).
 * A grant's and a disbursement's documents follow their laureate's; a committee's are read by those who read every
 * laureate, as its minutes are (they deliberate on every laureate of the agenda), so never by a referent.
 */
export function documentReadCondition(user: RequestUser, alias: string): string | null {
  if (readsAllLaureates(user)) return null;
  const laureate = (column: string) => laureateReadCondition(user, column) ?? 'true';
  return `(${alias}.laureate_id IS NOT NULL AND ${laureate(`${alias}.laureate_id`)})
       OR ${alias}.grant_id IN (SELECT g.id FROM grants g WHERE ${laureate('g.laureate_id')})
       OR ${alias}.disbursement_id IN (SELECT d.id FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE ${laureate('g.laureate_id')})`;
}

const OWNER_SQL: Record<DocumentOwner, string> = {
  laureates: 'SELECT id AS laureate_id FROM laureates WHERE id = $1',
  grants: 'SELECT laureate_id FROM grants WHERE id = $1',
  disbursements: 'SELECT g.laureate_id FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE d.id = $1',
  committees: 'SELECT NULL::int AS laureate_id FROM committees WHERE id = $1',
};

const NOT_FOUND: Record<DocumentOwner, ReturnType<typeof bilingual>> = {
  laureates: bilingual('Lauréat introuvable', 'Laureate not found'),
  grants: bilingual('Subvention introuvable', 'Grant not found'),
  disbursements: bilingual('Versement introuvable', 'Disbursement not found'),
  committees: bilingual('Comité introuvable', 'Committee not found'),
};

/** Who may add, change or delete a document: whoever may write the record it belongs to. */
@Injectable()
export class DocumentAccess {
  constructor(private readonly laureates: LaureateAccess) {}

  /**
   * A laureate's documents: its manager, programme leads, admins (LaureateAccess). A grant's, a disbursement's and a
   * committee's: those who write grants and committees (admins, programme leads). An owner the caller cannot see is
   * a missing reference (400 naming the field); one they see but may not write, 403.
   */
  async assertCanWrite(user: RequestUser, owner: DocumentOwnerRef, em: EntityManager): Promise<void> {
    const field = OWNER_FIELDS[owner.resource];
    if (owner.resource === 'laureates') return this.laureates.assertCanWrite(user, owner.id, em, field);
    const [row] = await em.query(OWNER_SQL[owner.resource], [owner.id]);
    const visible = row && (owner.resource === 'committees' ? readsAllLaureates(user) : await this.laureates.canRead(user, row.laureate_id, em));
    if (!visible) throw invalidField(field, NOT_FOUND[owner.resource]);
    if (!writesAllLaureates(user)) {
      throw new ForbiddenException({
        message: bilingual('Seuls un pilote du programme ou un administrateur ajoutent ou modifient ces documents', 'Only a programme lead or an admin adds or changes these documents'),
      });
    }
  }
}
