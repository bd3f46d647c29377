import { Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';

/** "Versé : 40 000 € — reste à verser : 20 000 €", from the disbursements listed. */
export const PaidTotals = ({ amount }: { amount: number }) => {
  const { data } = useListContext();
  const translate = useTranslate();
  const format = useFormat();
  if (!data) return null;
  const paidCents = data.reduce((total, d) => total + Math.round(Number(d.amount) * 100), 0);
  return (
    <Typography sx={{ mb: 1 }}>
      {translate('aic.grantTotals', {
        paid: format.euros(paidCents / 100),
        remaining: format.euros((Math.round(amount * 100) - paidCents) / 100),
      })}
    </Typography>
  );
};
