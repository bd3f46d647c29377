import DescriptionIcon from '@mui/icons-material/Description';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button, EditButton, LinkBase, TopToolbar, useRecordContext, useResourceDefinition } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { useHasRole } from '../../common/permissions';

/** Run the session (programme lead), open the printable pack (everyone), edit and delete (writers). */
export const CommitteeShowActions = () => {
  const committee = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  const canRun = useHasRole('admin', 'programme_lead');
  if (!committee) return null;
  return (
    <TopToolbar>
      {canRun && (
        <Button label="aic.committee.run" variant="contained" component={LinkBase} to={`/committees/${committee.id}/run`}>
          <PlayArrowIcon />
        </Button>
      )}
      <Button label="aic.committee.briefing" component={LinkBase} to={`/committees/${committee.id}/briefing`}>
        <DescriptionIcon />
      </Button>
      {hasEdit && <EditButton />}
      {hasEdit && committee.status !== 'closed' && <DeleteRecordButton />}
    </TopToolbar>
  );
};
