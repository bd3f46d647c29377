import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { toCents } from '../../common/crud/euros.transformer.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { laureateReadCondition } from '../../common/scope/laureate-access.js';
import { Grant } from '../grants/grant.entity.js';
import { Disbursement } from './disbursement.entity.js';
import { disbursementListSpec } from './disbursements.list-spec.js';
import type { CreateDisbursementDto, UpdateDisbursementDto } from './dto/disbursement.dto.js';
import { oneRow } from '../../common/list/page-rows.js';

/** Payments of a grant: never more than the grant; the grant's status follows what has been paid. */
@Injectable()
export class DisbursementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  private query(actor: Actor) {
    const qb = this.dataSource.getRepository(Disbursement).createQueryBuilder('disbursement');
    const condition = laureateReadCondition(actor.user, 'g.laureate_id');
    return condition ? qb.andWhere(`disbursement.grant_id IN (SELECT g.id FROM grants g WHERE ${condition})`) : qb;
  }

  list(query: ListQuery, actor: Actor) {
    return findList(this.query(actor), query, disbursementListSpec);
  }

  async getOrFail(id: number, actor: Actor) {
    const disbursement = await oneRow(this.query(actor).andWhere('disbursement.id = :id', { id }));
    if (!disbursement) throw notFound('disbursements', id);
    return disbursement;
  }

  create(dto: CreateDisbursementDto, actor: Actor) {
    return this.writer.transaction(async (em) => {
      await assertWithinGrant(em, dto.grantId, dto.amount, null);
      const created = await this.writer.create(Disbursement, 'disbursements', dto, actor, em);
      await this.syncGrantStatus(em, dto.grantId, actor);
      return created;
    });
  }

  update(id: number, dto: UpdateDisbursementDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    return this.writer.transaction(async (em) => {
      const updated = await this.writer.update(Disbursement, 'disbursements', id, version, patch, actor, {
        check: (current, tx) => assertWithinGrant(tx, patch.grantId ?? current.grantId, patch.amount ?? current.amount, id),
      }, em);
      await this.syncGrantStatus(em, updated.grantId, actor);
      return updated;
    });
  }

  remove(id: number, actor: Actor) {
    return this.writer.transaction(async (em) => {
      const removed = await this.writer.remove(Disbursement, 'disbursements', id, actor, {}, em);
      await this.syncGrantStatus(em, removed.grantId, actor);
      return removed;
    });
  }

  private async syncGrantStatus(em: EntityManager, grantId: number, actor: Actor): Promise<void> {
    const grant = await em.findOneByOrFail(Grant, { id: grantId });
    if (grant.status === 'closed') return;
    const paid = await paidOnGrant(em, grantId);
    const status = paid === 0 ? (grant.agreementSignedOn ? 'agreement_signed' : 'proposed') : paid >= grant.amount ? 'paid' : 'partially_paid';
    if (status !== grant.status) await this.writer.update(Grant, 'grants', grant.id, grant.version, { status }, actor, {}, em);
  }
}

/** What has been paid on a grant so far, in euros. */
export async function paidOnGrant(em: EntityManager, grantId: number): Promise<number> {
  const [{ paid }] = await em.query(`SELECT coalesce(sum(amount), 0)::float8 AS paid FROM disbursements WHERE grant_id = $1`, [grantId]);
  return paid;
}

/** Locks the grant so that two payments recorded at once cannot together exceed it. */
async function assertWithinGrant(em: EntityManager, grantId: number, amount: number, replacedId: number | null): Promise<void> {
  const [grant] = await em.query(`SELECT amount::text FROM grants WHERE id = $1 FOR UPDATE`, [grantId]);
  if (!grant) throw invalidField('grantId', bilingual('Subvention introuvable', 'Grant not found'));
  const [{ paid }] = await em.query(`SELECT coalesce(sum(amount), 0)::text AS paid FROM disbursements WHERE grant_id = $1 AND id <> coalesce($2::int, 0)`, [grantId, replacedId]);
  if (toCents(paid) + toCents(amount) > toCents(grant.amount)) {
    const remaining = (toCents(grant.amount) - toCents(paid)) / 100;
    throw new ConflictException({
      message: bilingual(
        `Versement supérieur au reste à verser de la subvention (${remaining} € sur ${Number(grant.amount)} €)`,
        `Disbursement above what remains to be paid on the grant (€${remaining} of €${Number(grant.amount)})`,
      ),
      errors: { amount: bilingual(`Au plus ${remaining} €`, `At most €${remaining}`) },
      grantAmount: Number(grant.amount),
      alreadyPaid: Number(paid),
    });
  }
}
