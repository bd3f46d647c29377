import { fr } from '@codegouvfr/react-dsfr';
import { getMuiDsfrThemeOptions } from '@codegouvfr/react-dsfr/mui';
import type { BreakpointsValues } from '@codegouvfr/react-dsfr/useBreakpointsValuesPx';
import { createElement } from 'react';
import type { RaThemeOptions } from 'react-admin';
import { NoResults } from './common/inputs/NoResults';

const { decisions } = fr.colors.getHex({ isDark: false });
const blueFrance = decisions.background.actionHigh.blueFrance.default;
const inputGrey = decisions.background.contrast.grey;

// react-admin's own input defaults (its default theme is replaced, not merged): filled inputs
// look like DSFR ones (grey background, bottom border).
const inputDefaults = { variant: 'filled', margin: 'dense', size: 'small', fullWidth: true } as const;

// react-admin builds the MUI theme from these options (an outer MuiDsfrThemeProvider would be overridden).
export const dsfrThemeOptions = (breakpointsValues: BreakpointsValues): RaThemeOptions => {
  const base = getMuiDsfrThemeOptions({ isDark: false, breakpointsValues });
  return {
    ...base,
    sidebar: { width: 260, closedWidth: 55 },
    components: {
      ...base.components,
      MuiTextField: { defaultProps: inputDefaults },
      MuiFormControl: { defaultProps: inputDefaults },
      MuiAutocomplete: { ...base.components?.MuiAutocomplete, defaultProps: { fullWidth: true, noOptionsText: createElement(NoResults) } },
      // DSFR's `input:disabled { opacity: 1 }` would reveal the hidden native input (raw value) of a disabled Select.
      MuiSelect: { styleOverrides: { nativeInput: { '&:disabled': { opacity: 0 } } } },
      MuiFilledInput: {
        styleOverrides: {
          // The same grey hovered and focused (the underline shows both): the label sits inside the field, and on DSFR's
          // hover grey (#d2d2d2) an error label's red or a label's grey falls to 3.8:1 (4.96 and 4.95:1 on #eeeeee).
          root: {
            backgroundColor: inputGrey.default,
            borderRadius: '0.25rem 0.25rem 0 0',
            '&:hover, &.Mui-focused': { backgroundColor: inputGrey.default },
          },
        },
      },
      // DSFR underlines every a[href] with a background image: not wanted on link-buttons and menu items.
      MuiButtonBase: { styleOverrides: { root: { '&[href]': { backgroundImage: 'none' } } } },
      RaSimpleForm: { styleOverrides: { root: { maxWidth: '48rem' } } },
      RaFilterForm: { styleOverrides: { root: { '& .filter-field .MuiFormControl-root': { minWidth: '12rem' } } } },
      RaLayout: {
        styleOverrides: {
          root: {
            // The DSFR header is in the page flow, not fixed like react-admin's AppBar.
            '& .RaLayout-appFrame': { marginTop: 0 },
            '& .RaLayout-content': { paddingTop: '1rem', paddingBottom: '2rem', minWidth: 0 },
            minWidth: 0,
          },
        },
      },
      // Wide tables scroll in their card instead of widening the whole page (reflow down to 320 px).
      RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' } } } },
      RaSidebar: {
        styleOverrides: {
          root: {
            height: 'auto',
            '& .RaSidebar-fixed': { position: 'sticky', top: 0, height: '100vh' },
          },
        },
      },
      // Hidden above the viewport until focused, then legible (white on blue France: 13:1).
      RaSkipNavigationButton: {
        styleOverrides: {
          root: {
            top: 0,
            left: '1rem',
            transform: 'translateY(-200%)',
            backgroundColor: blueFrance,
            color: '#fff',
            '&:hover': { backgroundColor: blueFrance, opacity: 1 },
            '&:focus, &:focus-visible': { top: '1rem', transform: 'none', outline: '2px solid #0a76f6', outlineOffset: 2 },
          },
        },
      },
      RaMenuItemLink: {
        styleOverrides: {
          root: {
            '&.RaMenuItemLink-active': {
              color: blueFrance,
              boxShadow: `inset 2px 0 0 0 ${blueFrance}`,
              '& .RaMenuItemLink-icon': { color: blueFrance },
            },
          },
        },
      },
    },
  };
};
