import { Typography } from '@mui/material';
import { type Identifier, Link, useGetList, useTranslate } from 'react-admin';
import { todayIso, useFormatDate } from '../accompaniment/laureates/useFormatDate';
import { HomeSection } from './HomeSection';
import { useOpenCommittees } from './useOpenCommittees';

/**
 * The season's next committee and how ready it is: laureates on the agenda, briefing notes written, decisions
 * recorded; links to its page and its session.
 */
export const NextCommittee = ({ seasonId }: { seasonId: Identifier }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { data: committees = [], isPending } = useOpenCommittees(seasonId);
  const committee = committees[0];
  const enabled = { enabled: committee != null };
  const { data: agenda = [] } = useGetList('agenda-items', { filter: { committeeId: committee?.id }, pagination: { page: 1, perPage: 200 } }, enabled);
  const { total: decided = 0 } = useGetList('decisions', { filter: { committeeId: committee?.id }, pagination: { page: 1, perPage: 1 } }, enabled);
  const withNotes = agenda.filter((item) => item.briefingNotes).length;
  return (
    <HomeSection title="aic.home.nextCommittee">
      {!isPending && !committee && <Typography>{translate('aic.home.noCommittee')}</Typography>}
      {committee && (
        <>
          <Typography sx={{ fontWeight: 700 }}>
            <Link to={`/committees/${committee.id}/show`}>{committee.title}</Link>
          </Typography>
          <Typography variant="body2">
            {committee.heldOn
              ? translate(committee.heldOn < todayIso() ? 'aic.home.committeeHeld' : 'aic.home.committeeOn', { date: formatDate(committee.heldOn) })
              : translate('aic.home.committeeUndated')}
          </Typography>
          <ul className="fr-mb-1w">
            <li>{translate('aic.home.agendaCount', { smart_count: agenda.length })}</li>
            <li>{translate('aic.home.notesCount', { smart_count: withNotes, total: agenda.length })}</li>
            <li>{translate('aic.home.decidedCount', { smart_count: decided, total: agenda.length })}</li>
          </ul>
          <Link to={`/committees/${committee.id}/run`}>{translate('aic.home.runCommittee')}</Link>
        </>
      )}
    </HomeSection>
  );
};
