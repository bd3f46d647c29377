import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, useTranslate } from 'react-admin';

// In the flow (not absolutely positioned) so that a table scrolling in its card cannot widen the page.
const visuallyHidden = {
  display: 'inline-block',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

const HiddenHeader = () => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={visuallyHidden}>
      {translate('aic.actions')}
    </Box>
  );
};

/** The row buttons' column: keyboard access to each record; its header is for screen readers only. */
export const ActionsColumn = ({ children }: { children: ReactNode }) => (
  <DataTable.Col label={<HiddenHeader />} disableSort>
    {children}
  </DataTable.Col>
);
