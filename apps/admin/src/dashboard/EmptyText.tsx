import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const EmptyText = ({ message }: { message: string }) => (
  <Typography variant="body2" sx={{ py: 1 }}>
    {useTranslate()(message)}
  </Typography>
);
