import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of a laureate's briefing (h3 under the laureate's h2). */
export const BriefingSection = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="section" sx={{ mb: 2, breakInside: 'avoid' }}>
    <Typography component="h3" variant="h6" sx={{ mb: '0.25rem' }}>
      {title}
    </Typography>
    {children}
  </Box>
);
