import { useCallback } from 'react';
import { Pagination, type PaginationProps, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';

/**
 * react-admin's pagination, except that a total the API stopped counting (`meta.totalAtLeast`, see dataProvider)
 * reads "1-25 sur plus de 1 000" rather than "sur plus de 25".
 */
export const ListPagination = (props: PaginationProps) => {
  const { meta } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const totalAtLeast: unknown = meta?.totalAtLeast;
  const labelDisplayedRows = useCallback(
    ({ from, to }: { from: number; to: number }) =>
      translate('aic.rangeOfAtLeast', { from, to, total: new Intl.NumberFormat(intlLocale(locale)).format(Number(totalAtLeast)) }),
    [translate, locale, totalAtLeast],
  );
  if (typeof totalAtLeast !== 'number') return <Pagination {...props} />;
  // Pagination hands props it does not know on to MUI's TablePagination, after its own label: this one wins.
  const label = { labelDisplayedRows } as PaginationProps;
  return <Pagination {...label} {...props} />;
};
