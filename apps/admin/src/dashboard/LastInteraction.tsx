import { type Identifier, useGetList, useTranslate } from 'react-admin';
import { useFormatDate } from '../accompaniment/laureates/useFormatDate';

/** "Dernier échange : <date>" for one laureate (the few quiet ones: one small call each). */
export const LastInteraction = ({ laureateId }: { laureateId: Identifier }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { data, isPending } = useGetList('interactions', {
    filter: { laureateId },
    sort: { field: 'occurredAt', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  if (isPending) return null;
  const last = data?.[0];
  return (
    <>{last ? translate('aic.home.lastInteraction', { date: formatDate(last.occurredAt, { timeStyle: undefined }) }) : translate('aic.home.noInteraction')}</>
  );
};
