import { APPLICATION_TRANSITIONS, type ApplicationStatus, canMoveApplication } from '@aic/domain';
import { ConflictException } from '@nestjs/common';
import { type Bilingual, bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import type { Application } from './application.entity.js';

/** Status names in messages, as the programme says them. */
export const STATUS_WORDS: Record<ApplicationStatus, Bilingual> = {
  received: bilingual('reçue', 'received'),
  eligible: bilingual('éligible', 'eligible'),
  ineligible: bilingual('inéligible', 'ineligible'),
  shortlisted: bilingual('présélectionnée', 'shortlisted'),
  selected: bilingual('sélectionnée', 'selected'),
  rejected: bilingual('non retenue', 'rejected'),
  withdrawn: bilingual('retirée', 'withdrawn'),
};

const list = (statuses: readonly ApplicationStatus[], lang: 'fr' | 'en') =>
  statuses.length === 0 ? (lang === 'fr' ? 'aucun' : 'none') : statuses.map((s) => STATUS_WORDS[s][lang]).join(', ');

/** Why `current` cannot move to `to`, or null when it can (staying put is no change). */
export function refusal(current: Pick<Application, 'status' | 'laureateId' | 'reference'>, to: ApplicationStatus): Bilingual | null {
  if (current.status === to) return null;
  if (current.laureateId !== null) {
    return bilingual(
      `La candidature ${current.reference} est déjà devenue un lauréat : son statut ne change plus`,
      `Application ${current.reference} has already become a laureate: its status no longer changes`,
    );
  }
  if (canMoveApplication(current.status, to)) return null;
  const next = APPLICATION_TRANSITIONS[current.status];
  return bilingual(
    `Passage impossible de « ${STATUS_WORDS[current.status].fr} » à « ${STATUS_WORDS[to].fr} » (candidature ${current.reference}) ; possibles : ${list(next, 'fr')}`,
    `Cannot move from “${STATUS_WORDS[current.status].en}” to “${STATUS_WORDS[to].en}” (application ${current.reference}); possible: ${list(next, 'en')}`,
  );
}

export function assertCanMove(current: Application, to: ApplicationStatus): void {
  const why = refusal(current, to);
  if (why) throw new ConflictException({ message: why, errors: { status: why }, from: current.status, to, allowed: APPLICATION_TRANSITIONS[current.status] });
}

/** An ineligible application says why: the applicant is told (the published conditions). */
export function assertReasonGiven(to: ApplicationStatus, reason: string | null | undefined, field: string): void {
  if (to === 'ineligible' && !reason) {
    throw invalidField(field, bilingual("Indiquez pourquoi la candidature n'est pas éligible", 'Say why the application is not eligible'));
  }
}

/**
 * The fields a status change writes: the status, the reason of the change, and the eligibility reason when the
 * change decides eligibility.
 */
export function statusChange(to: ApplicationStatus, reason: string | null | undefined): Partial<Application> {
  const change: Partial<Application> = { status: to };
  if (reason !== undefined) change.statusReason = reason;
  if ((to === 'eligible' || to === 'ineligible') && reason !== undefined) change.eligibilityReason = reason;
  return change;
}
