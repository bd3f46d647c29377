import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled block under a record's details (h2 under the page's h1), with optional buttons on the right. */
export const ShowSection = ({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id} sx={{ px: 2, pb: 2 }}>
    <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
      <Typography id={id} component="h2" variant="h5">
        {title}
      </Typography>
      {actions}
    </Stack>
    {children}
  </Box>
);
