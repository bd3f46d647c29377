import { useTranslate } from 'react-admin';
import type { PhaseChange } from '@aic/domain';

/** "Infoclimat : Phase 1 → Phase 2", one line per laureate. */
export const PhaseChangeList = ({ changes }: { changes: PhaseChange[] }) => {
  const translate = useTranslate();
  const phase = (value: string) => translate(`aic.laureatePhases.${value}`, { _: value });
  return (
    <ul className="fr-mb-1w">
      {changes.map((change) => (
        <li key={change.laureateId}>
          {translate('aic.closing.change', { name: change.name, from: phase(change.from), to: phase(change.to) })}
          {change.openActions > 0 && ` (${translate('aic.closing.openActionsOf', { smart_count: change.openActions })})`}
        </li>
      ))}
    </ul>
  );
};
