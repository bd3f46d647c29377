import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, ShowButton, useRecordContext, useResourceDefinition } from 'react-admin';
import { useCanWriteLaureateId } from './useCanWriteLaureate';

/** Row buttons of a record hanging off a laureate: show for all, edit (and extras) for whoever may write it. */
export const LaureateChildRowButtons = ({ children, show = true }: { children?: ReactNode; show?: boolean }) => {
  const record = useRecordContext();
  const { hasEdit, hasShow } = useResourceDefinition();
  const canWrite = useCanWriteLaureateId(record?.laureateId) && hasEdit;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', whiteSpace: 'nowrap' }}>
      {canWrite && children}
      {canWrite && <EditButton />}
      {show && hasShow && <ShowButton />}
    </Box>
  );
};
