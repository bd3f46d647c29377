import DescriptionIcon from '@mui/icons-material/Description';
import HistoryIcon from '@mui/icons-material/History';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button, EditButton, LinkBase, TopToolbar, useRecordContext, useResourceDefinition } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { useHasRole } from '../../common/permissions';

/** Run the session, or review it once closed (programme lead), open the printable pack (everyone), edit and delete (writers). */
export const CommitteeShowActions = () => {
  const committee = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  const canRun = useHasRole('admin', 'programme_lead');
  if (!committee) return null;
  const closed = committee.status === 'closed';
  return (
    <TopToolbar>
      {canRun && (
        // A closed committee's session is read back there: its decisions, minutes and letters.
        <Button label={closed ? 'aic.committee.review' : 'aic.committee.run'} variant={closed ? 'text' : 'contained'} component={LinkBase} to={`/committees/${committee.id}/run`}>
          {closed ? <HistoryIcon /> : <PlayArrowIcon />}
        </Button>
      )}
      <Button label="aic.committee.briefing" component={LinkBase} to={`/committees/${committee.id}/briefing`}>
        <DescriptionIcon />
      </Button>
      {hasEdit && <EditButton />}
      {hasEdit && !closed && <DeleteRecordButton />}
    </TopToolbar>
  );
};
