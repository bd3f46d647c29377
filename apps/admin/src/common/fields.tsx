import { Chip, Stack, Typography } from '@mui/material';
import {
  DateField,
  type DateFieldProps,
  type NumberFieldProps,
  UrlField,
  type UrlFieldProps,
  useFieldValue,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../i18n';
import { useFormat } from './useFormat';

/** Date and time to the second: for the audit trail, where the order of close events matters. */
export const WITH_SECONDS: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'medium' };

/**
 * A date (or date and time with `showTime`) in the UI language's format: dd/mm/yyyy, and hh:mm (the seconds only where
 * they matter: the audit trail asks for them with `timeStyle: 'medium'`), as the laureate's page writes them.
 */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  const options: Intl.DateTimeFormatOptions | undefined = props.showTime && !props.options ? { dateStyle: 'short', timeStyle: 'short' } : props.options;
  return <DateField locales={intlLocale(locale)} {...props} options={options} />;
};

/** An amount as everywhere in the product: "60 000 €", cents only when there are some ("60 000,50 €"). */
export const EuroField = ({ source, emptyText }: Pick<NumberFieldProps, 'source' | 'emptyText' | 'label' | 'sortable'>) => {
  const record = useRecordContext();
  const format = useFormat();
  const value = record?.[source];
  if (value === null || value === undefined || value === '') return <Typography component="span" variant="body2">{emptyText ?? ''}</Typography>;
  return <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>{format.euros(Number(value))}</Typography>;
};

/** An array of choice values shown as chips, labelled from `aic.<group>.<value>`. */
export const ChoiceChipsField = ({ source, group }: { source: string; group: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const values: unknown = record?.[source];
  if (!Array.isArray(values)) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {values.map((value: string) => (
        <Chip key={value} size="small" label={translate(`aic.${group}.${value}`, { _: value })} />
      ))}
    </Stack>
  );
};

/** A link opening in a new window, saying so (RGAA 13.2); nothing when empty. */
export const ExternalUrlField = (props: UrlFieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (!value) return null;
  return (
    <UrlField
      target="_blank"
      rel="noopener noreferrer"
      title={translate('aic.newWindow', { label: String(value) })}
      {...props}
    />
  );
};
