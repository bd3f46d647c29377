import { Typography } from '@mui/material';
import { type Identifier, Link, useTranslate } from 'react-admin';
import { useApiGet } from '../common/useApiGet';
import { FundingTotals } from '../funding/funding-overview/FundingTotals';
import type { FundingOverviewData } from '../funding/funding-overview/types';
import { HomeSection } from './HomeSection';

/** The season's money: envelope, granted, paid and what is left (the funding overview's figures). */
export const SeasonMoney = ({ seasonId }: { seasonId: Identifier }) => {
  const translate = useTranslate();
  const overview = useApiGet<FundingOverviewData>(`/api/funding-overview?seasonId=${seasonId}`);
  return (
    <HomeSection title="aic.home.money">
      {overview.data && <FundingTotals overview={overview.data} />}
      {overview.error && <Typography>{overview.error.message}</Typography>}
      <Link to="/funding">{translate('aic.home.seeFunding')}</Link>
    </HomeSection>
  );
};
