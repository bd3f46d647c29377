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

/**
 * The administration of an introduction was corrected: the partnership this introduction alone opened (still at
 * "introduced", no other introduction to that administration) follows it, or gives way to the one that exists with
 * the right administration; a partnership that went further, or that other entries justify, is left alone.
 */
export async function moveIntroduction(
  em: EntityManager,
  writer: RecordWriter,
  actor: Actor,
  interaction: Interaction,
  previousOrganisationId: number,
  purpose: PartnershipPurpose,
): Promise<number> {
  const [{ others }] = await em.query(
    `SELECT count(*)::int AS others FROM interactions WHERE laureate_id = $1 AND kind = 'introduction' AND organisation_id = $2 AND id <> $3`,
    [interaction.laureateId, previousOrganisationId, interaction.id],
  );
  const opened = others > 0 ? null : await em.findOne(Partnership, { where: { laureateId: interaction.laureateId, organisationId: previousOrganisationId, status: 'introduced' }, order: { id: 'ASC' } });
  const target = await em.findOne(Partnership, { where: { laureateId: interaction.laureateId, organisationId: interaction.organisationId! } });
  if (opened && !target) {
    await writer.update(Partnership, 'partnerships', opened.id, opened.version, { organisationId: interaction.organisationId!, contactId: null }, actor, {}, em);
    return opened.id;
  }
  if (opened) await writer.remove(Partnership, 'partnerships', opened.id, actor, {}, em);
  return recordIntroduction(em, writer, actor, interaction, purpose);
}
