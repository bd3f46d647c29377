import { Typography } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { listPath } from '../common/listPath';
import { HomeSection } from './HomeSection';

const overdueLink = listPath('actions', { overdue: true });

/** How many open actions are past due, programme-wide (one count query). */
export const OverdueCount = () => {
  const translate = useTranslate();
  const { total, isPending } = useGetList('actions', { filter: { overdue: true }, pagination: { page: 1, perPage: 1 } });
  return (
    <HomeSection title="aic.home.overdueActions">
      {!isPending && (
        <Typography>
          {translate('aic.home.overdueCount', { smart_count: total ?? 0 })} — <Link to={overdueLink}>{translate('aic.home.seeOverdue')}</Link>
        </Typography>
      )}
    </HomeSection>
  );
};
