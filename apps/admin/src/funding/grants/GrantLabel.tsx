import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';

/** "Subvention n° 3 — 60 000 €": how a grant is named in references and links. */
export const GrantLabel = () => {
  const grant = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  if (!grant) return null;
  return <span>{translate('aic.grantLabel', { id: grant.id, amount: format.euros(Number(grant.amount)) })}</span>;
};
