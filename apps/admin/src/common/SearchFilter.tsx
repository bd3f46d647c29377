import { TextInput, type TextInputProps } from 'react-admin';

/** The full-text `q` filter, with a visible label (react-admin's SearchInput only has a placeholder). */
export const SearchFilter = (props: Omit<TextInputProps, 'source'> & { source?: 'q' }) => (
  <TextInput source="q" label="aic.search" type="search" {...props} />
);
