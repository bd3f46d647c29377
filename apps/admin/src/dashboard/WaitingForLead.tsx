import { Typography } from '@mui/material';
import { type Identifier, Link, useGetList, useTranslate } from 'react-admin';
import { todayIso } from '../accompaniment/laureates/useFormatDate';
import { listPath } from '../common/listPath';
import { HomeSection } from './HomeSection';
import { useOpenCommittees } from './useOpenCommittees';

/** What only a programme lead can move on: committees held but not closed, laureates without a manager. */
export const WaitingForLead = ({ seasonId }: { seasonId: Identifier }) => {
  const translate = useTranslate();
  const { data: open = [], isPending } = useOpenCommittees(seasonId);
  const unclosed = open.filter((committee) => committee.heldOn && committee.heldOn < todayIso());
  const noManagerFilter = { seasonId, accelerationManagerId: null, phase: ['phase1', 'phase2'] };
  const { total: withoutManager = 0 } = useGetList('laureates', { filter: noManagerFilter, pagination: { page: 1, perPage: 1 } });
  if (isPending) return <HomeSection title="aic.home.waiting">{null}</HomeSection>;
  const nothing = unclosed.length === 0 && withoutManager === 0;
  return (
    <HomeSection title="aic.home.waiting">
      {nothing && <Typography>{translate('aic.home.nothingWaiting')}</Typography>}
      <ul className="fr-mb-0">
        {unclosed.map((committee) => (
          <li key={committee.id}>
            <Link to={`/committees/${committee.id}/run`}>{translate('aic.home.toClose', { title: committee.title })}</Link>
          </li>
        ))}
        {withoutManager > 0 && (
          <li>
            <Link to={listPath('laureates', noManagerFilter)}>{translate('aic.home.withoutManager', { smart_count: withoutManager })}</Link>
          </li>
        )}
      </ul>
    </HomeSection>
  );
};
