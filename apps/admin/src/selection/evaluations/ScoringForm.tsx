import { CRITERIA, type ApplicationRecord, type Criterion, type CriteriaScores, type EvaluationRecord } from '@aic/domain';
import { useEffect, useRef, useState } from 'react';
import { type HttpError, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n';
import { CriterionScore } from './CriterionScore';

const AUTOSAVE_DELAY_MS = 700;

interface Draft extends CriteriaScores {
  comment: string;
  conflictOfInterest: boolean;
}

const draftOf = (evaluation: EvaluationRecord | null): Draft => ({
  ...(Object.fromEntries(CRITERIA.map((c) => [c, evaluation?.[c] ?? null])) as CriteriaScores),
  comment: evaluation?.comment ?? '',
  conflictOfInterest: evaluation?.conflictOfInterest ?? false,
});

/**
 * The evaluator's scores for one application: every change is saved as a draft shortly after (one save at a time,
 * the last one wins), "Soumettre" saves and submits; a submitted evaluation is read-only. A declared conflict of
 * interest needs no scores: the evaluation is then excluded from the ranking.
 */
export const ScoringForm = ({ application, evaluation, onSubmitted }: { application: ApplicationRecord; evaluation: EvaluationRecord | null; onSubmitted: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider();
  const [draft, setDraft] = useState<Draft>(() => draftOf(evaluation));
  const [saved, setSaved] = useState<EvaluationRecord | null>(evaluation);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const savedRef = useRef(saved);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(draft);
  latest.current = draft;
  const submitted = saved?.status === 'submitted';

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Saves the latest draft after the saves before it (a create must finish before the first update). */
  const save = (status: 'draft' | 'submitted') => {
    const run = chain.current.then(async () => {
      const data = { ...latest.current, comment: latest.current.comment || null, status };
      const current = savedRef.current;
      const result = current
        ? await dataProvider.update<EvaluationRecord>('evaluations', { id: current.id, data: { ...data, version: current.version }, previousData: current })
        : await dataProvider.create<EvaluationRecord>('evaluations', { data: { ...data, applicationId: application.id } });
      savedRef.current = result.data;
      setSaved(result.data);
      return result.data;
    });
    chain.current = run.catch(() => undefined);
    return run;
  };

  const autosave = (next: Draft) => {
    latest.current = next;
    setDraft(next);
    setProblem(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setState('saving');
      save('draft').then(
        () => setState('saved'),
        (error: HttpError) => {
          setState('idle');
          setProblem(error.message);
        },
      );
    }, AUTOSAVE_DELAY_MS);
  };

  const submit = async () => {
    const missing = CRITERIA.filter((c) => latest.current[c] == null);
    if (!latest.current.conflictOfInterest && missing.length > 0) {
      setProblem(translate('aic.selection.scoring.missing', { criteria: missing.map((c) => translate(`resources.evaluations.fields.${c}`)).join(', ') }));
      return;
    }
    clearTimeout(timer.current);
    try {
      await save('submitted');
      notify('aic.selection.scoring.submittedNotice', { type: 'success' });
      onSubmitted();
    } catch (error) {
      setProblem((error as HttpError).message);
    }
  };

  const setScore = (criterion: Criterion, score: number) => autosave({ ...latest.current, [criterion]: score });
  const disabled = submitted || draft.conflictOfInterest;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      aria-labelledby="scoring-criteria-title"
    >
      <h2 className="fr-h5" id="scoring-criteria-title">
        {translate('aic.selection.scoring.criteria')}
      </h2>
      {submitted && saved?.submittedAt && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
          <p>{translate('aic.selection.scoring.submitted', { date: new Date(saved.submittedAt).toLocaleString(intlLocale(locale)) })}</p>
        </div>
      )}
      <div className="fr-checkbox-group fr-mb-3w">
        <input
          type="checkbox"
          id="conflict-of-interest"
          checked={draft.conflictOfInterest}
          disabled={submitted}
          aria-describedby="conflict-of-interest-hint"
          onChange={(event) => autosave({ ...latest.current, conflictOfInterest: event.target.checked })}
        />
        <label className="fr-label" htmlFor="conflict-of-interest">
          {translate('aic.selection.scoring.conflict')}
          <span className="fr-hint-text" id="conflict-of-interest-hint">
            {translate('aic.selection.scoring.conflictHint')}
          </span>
        </label>
      </div>
      {CRITERIA.map((criterion, index) => (
        <CriterionScore key={criterion} criterion={criterion} index={index} value={draft[criterion]} disabled={disabled} onChange={setScore} />
      ))}
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="evaluation-comment">
          {translate('aic.selection.scoring.comment')}
        </label>
        <textarea
          className="fr-input"
          id="evaluation-comment"
          rows={4}
          value={draft.comment}
          disabled={submitted}
          onChange={(event) => autosave({ ...latest.current, comment: event.target.value })}
        />
      </div>
      <p className="fr-text--sm" role="status" aria-live="polite">
        {state === 'saving' ? translate('aic.selection.scoring.saving') : state === 'saved' && !submitted ? translate('aic.selection.scoring.saved') : ''}
      </p>
      {problem && (
        <p className="fr-message fr-message--error" role="alert">
          {problem}
        </p>
      )}
      {!submitted && (
        <button type="submit" className="fr-btn">
          {translate('aic.selection.scoring.submit')}
        </button>
      )}
    </form>
  );
};
