import { Checkbox, FormControlLabel } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';

/** A boolean as a checkbox (react-admin's BooleanInput is a switch), labelled from the resource's fields. */
export const CheckboxInput = ({ source, resource }: { source: string; resource: string }) => {
  const translate = useTranslate();
  const { field } = useInput({ source, type: 'checkbox' });
  return (
    <FormControlLabel
      control={<Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} name={field.name} />}
      label={translate(`resources.${resource}.fields.${source}`)}
    />
  );
};
