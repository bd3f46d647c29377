import type { PartnershipPurpose, PartnershipStatus } from '@aic/domain';
import { PARTNERSHIP_STATUSES } from '@aic/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import type { RecordWriter } from '../../common/crud/record-writer.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import type { Interaction } from './interaction.entity.js';

const rank = (status: PartnershipStatus) => PARTNERSHIP_STATUSES.indexOf(status);

/**
 * An introduction (mise en relation) to an administration moves the laureate's partnership with it to
 * "introduced", reopening a dropped one; it never moves a partnership backwards. Returns the partnership id.
 */
export async function recordIntroduction(
  em: EntityManager,
  writer: RecordWriter,
  actor: Actor,
  interaction: Interaction,
  purpose: PartnershipPurpose,
): Promise<number> {
  const existing = await em.find(Partnership, {
    where: { laureateId: interaction.laureateId, organisationId: interaction.organisationId! },
    order: { id: 'ASC' },
  });
  const live = existing.find((p) => p.status !== 'dropped') ?? existing[0];
  if (!live) {
    const since = new Date(interaction.occurredAt).toISOString().slice(0, 10);
    const created = await writer.create(
      Partnership,
      'partnerships',
      { laureateId: interaction.laureateId, organisationId: interaction.organisationId!, purpose, status: 'introduced', since, notes: `Mise en relation : ${interaction.title}` },
      actor,
      em,
    );
    return created.id;
  }
  if (live.status === 'dropped' || rank(live.status) < rank('introduced')) {
    await writer.update(Partnership, 'partnerships', live.id, live.version, { status: 'introduced' }, actor, {}, em);
  }
  return live.id;
}
