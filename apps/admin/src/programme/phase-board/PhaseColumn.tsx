import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type BoardLaureate, LaureateCard } from './LaureateCard';

interface Props {
  phase: string;
  laureates: BoardLaureate[];
  managers: Map<number, string>;
}

/** One column of the board: a region titled "Phase 2 (3 lauréats)" holding a list of cards. */
export const PhaseColumn = ({ phase, laureates, managers }: Props) => {
  const translate = useTranslate();
  const headingId = `phase-${phase}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ bgcolor: 'grey.100', p: '0.75rem', borderRadius: 1, minWidth: 0 }}>
      <Typography id={headingId} component="h2" variant="h6" sx={{ mb: 1 }}>
        {translate(`aic.laureatePhases.${phase}`)}{' '}
        <Box component="span" sx={{ fontWeight: 400 }}>
          ({translate('aic.phaseBoard.count', { smart_count: laureates.length })})
        </Box>
      </Typography>
      {laureates.length === 0 ? (
        <Typography variant="body2">{translate('aic.phaseBoard.empty')}</Typography>
      ) : (
        <Stack component="ul" className="fr-raw-list" aria-labelledby={headingId} spacing={1} sx={{ p: 0, m: 0 }}>
          {laureates.map((laureate) => (
            <LaureateCard
              key={laureate.id}
              laureate={laureate}
              managerName={laureate.accelerationManagerId ? managers.get(laureate.accelerationManagerId) : undefined}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
};
