import { CRITERIA } from '@aic/domain';
import { BadRequestException, ConflictException } from '@nestjs/common';
import { bilingual } from '../../common/errors/bilingual.js';
import type { Evaluation } from './evaluation.entity.js';

/**
 * What an evaluation holds once written: a declared conflict of interest blanks the scores (the evaluation counts
 * for nothing); a submitted one has its five scores and its time of submission.
 */
export function settle(merged: Partial<Evaluation>, wasSubmitted: boolean): Partial<Evaluation> {
  const settled = { ...merged };
  if (settled.conflictOfInterest) for (const criterion of CRITERIA) settled[criterion] = null;
  if (settled.status === 'submitted' && !wasSubmitted) {
    const missing = settled.conflictOfInterest ? [] : CRITERIA.filter((c) => settled[c] === null || settled[c] === undefined);
    if (missing.length > 0) {
      const message = bilingual('Note de 0 à 5 requise pour soumettre', 'A score from 0 to 5 is needed to submit');
      throw new BadRequestException({
        message: bilingual(`Évaluation incomplète : ${missing.length} critère(s) sans note`, `Incomplete evaluation: ${missing.length} criterion/criteria without a score`),
        errors: Object.fromEntries(missing.map((c) => [c, message])),
      });
    }
    settled.submittedAt = new Date();
  }
  return settled;
}

export const alreadySubmitted = () =>
  new ConflictException({ message: bilingual('Cette évaluation est déjà soumise : elle ne change plus', 'This evaluation has been submitted: it no longer changes') });

export const evaluationClosed = () =>
  new ConflictException({
    message: bilingual("La candidature n'est plus présélectionnée : son évaluation est close", 'The application is no longer shortlisted: its evaluation is closed'),
  });
