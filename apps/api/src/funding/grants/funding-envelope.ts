import { ConflictException, ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../platform/audit-events/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/request-user.js';
import { toCents } from '../../common/crud/euros.transformer.js';
import { bilingual } from '../../common/errors/bilingual.js';

/**
 * The total granted in a season may not exceed its funding envelope, unless a programme lead confirms an
 * explicit override, recorded in the audit trail of the season. Locks the season row so that two grants
 * written at once cannot both pass the check.
 */
export async function assertWithinEnvelope(
  em: EntityManager,
  audit: AuditService,
  actor: Actor,
  laureateId: number,
  newAmount: number,
  replacedGrantId: number | null,
  override: boolean,
): Promise<void> {
  const [season] = await em.query(
    `SELECT s.id, s.funding_envelope::text AS envelope FROM seasons s JOIN laureates l ON l.season_id = s.id WHERE l.id = $1 FOR UPDATE OF s`,
    [laureateId],
  );
  if (!season || season.envelope === null) return; // no envelope set: nothing to check
  const [{ granted }] = await em.query(
    `SELECT coalesce(sum(g.amount), 0)::text AS granted FROM grants g JOIN laureates l ON l.id = g.laureate_id
      WHERE l.season_id = $1 AND g.id <> coalesce($2::int, 0)`,
    [season.id, replacedGrantId],
  );
  const totalCents = toCents(granted) + toCents(newAmount);
  if (totalCents <= toCents(season.envelope)) return;
  const figures = { envelope: Number(season.envelope), alreadyGranted: Number(granted), requested: newAmount, total: totalCents / 100 };
  if (!override) {
    throw new ConflictException({
      message: bilingual(
        `Enveloppe de la saison dépassée : ${figures.total} € accordés pour une enveloppe de ${figures.envelope} € (déjà accordés : ${figures.alreadyGranted} €)`,
        `Season funding envelope exceeded: €${figures.total} granted for an envelope of €${figures.envelope} (already granted: €${figures.alreadyGranted})`,
      ),
      ...figures,
    });
  }
  if (!hasRole(actor.user, 'programme_lead')) {
    throw new ForbiddenException({ message: bilingual("Seul un pilote du programme peut confirmer un dépassement de l'enveloppe", 'Only a programme lead can confirm exceeding the envelope') });
  }
  await audit.record(em, actor, 'seasons', season.id, 'update', { envelopeOverride: { before: null, after: { ...figures, laureateId } } });
}
