import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { useRunShortcuts } from './useRunShortcuts';

interface Props {
  index: number;
  total: number;
  name: string;
  goTo: (index: number) => void;
}

/** Previous / next laureate, the visible position ("3 / 9") and an announcement of each move. */
export const RunNavigation = ({ index, total, name, goTo }: Props) => {
  const translate = useTranslate();
  const position = { current: index + 1, total };
  useRunShortcuts((delta) => goTo(index + delta));
  return (
    <Box component="nav" aria-label={translate('aic.run.navigation')} sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button
          label="aic.run.previous"
          variant="outlined"
          onClick={() => goTo(index - 1)}
          disabled={index === 0}
          aria-keyshortcuts="Alt+ArrowLeft PageUp"
        >
          <ChevronLeftIcon />
        </Button>
        <Typography component="p" variant="h6" sx={{ m: 0, minWidth: '4rem', textAlign: 'center' }}>
          <span aria-hidden>{translate('aic.run.position', position)}</span>
          <span className="fr-sr-only">{translate('aic.run.positionLabel', position)}</span>
        </Typography>
        <Button
          label="aic.run.next"
          variant="outlined"
          onClick={() => goTo(index + 1)}
          disabled={index === total - 1}
          alignIcon="right"
          aria-keyshortcuts="Alt+ArrowRight PageDown"
        >
          <ChevronRightIcon />
        </Button>
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('aic.run.shortcuts')}
      </Typography>
      <p aria-live="polite" className="fr-sr-only">
        {translate('aic.run.announce', { ...position, name })}
      </p>
    </Box>
  );
};
