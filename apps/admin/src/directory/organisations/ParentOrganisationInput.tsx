import { AutocompleteInput, ReferenceInput, useTranslate } from 'react-admin';

interface Props {
  source?: 'parentId';
  alwaysOn?: boolean;
  /** The filter bar passes `size="small"` and `helperText={false}`. */
  size?: 'small' | 'medium';
  helperText?: string | false;
}

/** Autocomplete over organisations, searched server-side with `q` (accent-insensitive). */
export const ParentOrganisationInput = ({ size, helperText }: Props) => {
  const translate = useTranslate();
  return (
    <ReferenceInput source="parentId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        filterToQuery={(q: string) => ({ q })}
        size={size}
        helperText={helperText ?? translate('aic.parentSearchHint')}
        sx={{ minWidth: '18rem' }}
      />
    </ReferenceInput>
  );
};
