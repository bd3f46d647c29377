import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** Inputs side by side in equal columns (stacked on small screens); full-width inputs fill their column. */
export const FormRow = ({ children, columns = 2 }: { children: ReactNode; columns?: number }) => (
  <Box sx={{ width: '100%', display: 'grid', columnGap: 2, alignItems: 'start', gridTemplateColumns: { xs: '1fr', sm: `repeat(${columns}, minmax(0, 1fr))` } }}>
    {children}
  </Box>
);
