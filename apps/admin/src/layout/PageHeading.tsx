import { Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The page's <h1>: react-admin's <Title> portals every view title into `#react-admin-title`.
 * The document title follows it, so each page has a distinct <title> (RGAA 8.6).
 */
export const PageHeading = () => {
  const ref = useRef<HTMLHeadingElement>(null);
  const translate = useTranslate();
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    const sync = () => {
      const page = heading.textContent?.trim();
      document.title = page ? translate('aic.layout.documentTitle', { page }) : translate('aic.layout.serviceName');
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(heading, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [translate]);
  return <Typography ref={ref} id="react-admin-title" component="h1" variant="h4" sx={{ mt: 1, mb: 0 }} />;
};
