// On paper: only the pack (no DSFR header, menu, toolbar or notifications), one laureate per page.
export const printStyles = {
  '@media print': {
    'header.fr-header, .RaSidebar-docked, .RaSidebar-modal, .aic-no-print, .MuiSnackbar-root': { display: 'none !important' },
    '.RaLayout-content': { padding: '0 !important' },
    '.aic-briefing-page + .aic-briefing-page': { breakBefore: 'page' },
    '.aic-briefing-item .MuiTableCell-root': { padding: '2px 8px' },
    body: { background: '#fff' },
  },
} as const;
