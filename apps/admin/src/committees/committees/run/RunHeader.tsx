import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DescriptionIcon from '@mui/icons-material/Description';
import { Box, Typography } from '@mui/material';
import { Button, LinkBase, useTranslate } from 'react-admin';
import { useFormat } from '../../../common/useFormat';
import type { BriefingCommittee } from '@aic/domain';
import { committeeHours } from '../committeeHours';

/** Kind, date, hours, place and status of the committee, with the way back and to the printable pack. */
export const RunHeader = ({ committee }: { committee: BriefingCommittee }) => {
  const translate = useTranslate();
  const format = useFormat();
  const facts = [
    translate(`aic.committeeKinds.${committee.kind}`),
    committee.heldOn ? format.date(committee.heldOn) : null,
    committeeHours(committee, translate),
    committee.place,
    translate(`aic.committeeStatuses.${committee.status}`),
  ].filter(Boolean);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, my: 1 }}>
      <Typography>{facts.join(' · ')}</Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button label="aic.run.backToCommittee" component={LinkBase} to={`/committees/${committee.id}/show`}>
          <ArrowBackIcon />
        </Button>
        <Button label="aic.committee.briefing" component={LinkBase} to={`/committees/${committee.id}/briefing`}>
          <DescriptionIcon />
        </Button>
      </Box>
    </Box>
  );
};
