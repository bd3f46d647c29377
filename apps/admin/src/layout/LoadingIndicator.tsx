import { Box, CircularProgress } from '@mui/material';
import { RefreshIconButton, useLoading, useTranslate } from 'react-admin';

/** react-admin's refresh button / spinner, with a spinner that has an accessible name. */
export const LoadingIndicator = () => {
  const loading = useLoading();
  const translate = useTranslate();
  return (
    <Box sx={{ position: 'relative' }}>
      <RefreshIconButton sx={{ opacity: loading ? 0 : 1 }} />
      {loading && (
        <CircularProgress
          aria-label={translate('ra.page.loading')}
          color="inherit"
          size="1rem"
          thickness={6}
          sx={{ position: 'absolute', top: '30%', left: '30%' }}
        />
      )}
    </Box>
  );
};
