import { type Criterion, MAX_SCORE, MIN_SCORE } from '@aic/domain';
import { useTranslate } from 'react-admin';

const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);

/**
 * One published criterion scored 0–5: a fieldset of native radio buttons (Tab enters the group, the arrow keys
 * choose the score), its legend the criterion's published name, its hint the published description.
 */
export const CriterionScore = ({
  criterion,
  index,
  value,
  disabled,
  onChange,
}: {
  criterion: Criterion;
  index: number;
  value: number | null;
  disabled: boolean;
  onChange: (criterion: Criterion, score: number) => void;
}) => {
  const translate = useTranslate();
  const id = `score-${criterion}`;
  return (
    <fieldset className="fr-fieldset fr-mb-2w" id={id} aria-labelledby={`${id}-legend`} disabled={disabled}>
      <legend className="fr-fieldset__legend fr-text--regular" id={`${id}-legend`}>
        <strong>
          {index + 1}. {translate(`aic.selection.criteria.${criterion}.name`)}
        </strong>
        <span className="fr-hint-text">{translate(`aic.selection.criteria.${criterion}.desc`)}</span>
        <span className="fr-sr-only"> {translate('aic.selection.scoring.scoreOf')}</span>
      </legend>
      {SCORES.map((score) => (
        <div key={score} className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${id}-${score}`}
              name={id}
              value={score}
              checked={value === score}
              onChange={() => onChange(criterion, score)}
            />
            <label className="fr-label" htmlFor={`${id}-${score}`}>
              {score}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
};
