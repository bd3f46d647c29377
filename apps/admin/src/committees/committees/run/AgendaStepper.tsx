import { Box, ButtonBase, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BriefingItem } from '@aic/domain';

interface Props {
  items: BriefingItem[];
  index: number;
  goTo: (index: number) => void;
}

/** The whole agenda, each laureate with its decision (or "no decision yet"): a jump list. */
export const AgendaStepper = ({ items, index, goTo }: Props) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="agenda-title" sx={{ mb: 2 }}>
      <Typography id="agenda-title" component="h2" variant="h6">
        {translate('aic.committee.agenda')}
      </Typography>
      <Box component="ol" className="fr-raw-list" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}>
        {items.map((item, i) => (
          <li key={item.agendaItemId}>
            <ButtonBase
              onClick={() => goTo(i)}
              aria-current={i === index ? 'step' : undefined}
              sx={{
                px: '0.75rem',
                py: '0.25rem',
                border: 1,
                borderColor: i === index ? 'primary.main' : 'divider',
                borderWidth: i === index ? 2 : 1,
                flexDirection: 'column',
                alignItems: 'flex-start',
                textAlign: 'left',
                '&:focus-visible': { outline: '2px solid #0a76f6', outlineOffset: 2 },
              }}
            >
              <strong>
                {item.position}. {item.laureate.name}
              </strong>
              <Typography variant="caption">
                {item.decision ? translate(`aic.decisionOutcomes.${item.decision.outcome}`) : translate('aic.run.undecided')}
              </Typography>
            </ButtonBase>
          </li>
        ))}
      </Box>
    </Box>
  );
};
