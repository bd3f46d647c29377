import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../../common/useFormat';
import { BriefingSection } from './BriefingSection';
import type { BriefingItem } from '@aic/domain';

/** Actions done since the previous milestone (the season's previous committee). */
export const RecentActions = ({ actions, since }: { actions: BriefingItem['actionsDoneSince']; since: string | null }) => {
  const translate = useTranslate();
  const format = useFormat();
  const title = since ? translate('aic.briefing.actionsSince', { date: format.date(since) }) : translate('aic.briefing.actionsAll');
  return (
    <BriefingSection title={title}>
      {actions.length === 0 ? (
        <Typography variant="body2">{translate('aic.briefing.noActions')}</Typography>
      ) : (
        <ul className="fr-mb-0">
          {actions.map((action) => (
            <li key={action.id}>
              {action.title} — {translate(`aic.axes.${action.axis}`, { _: action.axis })}, {format.date(action.doneOn)}
            </li>
          ))}
        </ul>
      )}
    </BriefingSection>
  );
};
