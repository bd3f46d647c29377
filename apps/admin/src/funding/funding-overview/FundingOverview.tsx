import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, Loading, Title, useTranslate } from 'react-admin';
import { useApiGet } from '../../common/useApiGet';
import { CommitmentsByStatus } from './CommitmentsByStatus';
import { FundingTotals } from './FundingTotals';
import { LaureateFundingTable } from './LaureateFundingTable';
import { SeasonPicker } from './SeasonPicker';
import { listPath } from '../../common/listPath';
import type { FundingOverviewData } from './types';
import { useSeasonChoice } from './useSeasonChoice';

const Section = ({ id, title, link, children }: { id: string; title: string; link: ReactNode; children: ReactNode }) => (
  <Card component="section" aria-labelledby={id} sx={{ mb: 3 }}>
    <CardContent>
      <Typography id={id} component="h2" variant="h5" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
      {link}
    </CardContent>
  </Card>
);

/** `/funding`: a season's envelope, what is granted and paid, per laureate, and the partners' commitments. */
export const FundingOverview = () => {
  const translate = useTranslate();
  const { seasons, season, choose } = useSeasonChoice();
  const overview = useApiGet<FundingOverviewData>(season ? `/api/funding-overview?seasonId=${season.id}` : null);
  const data = overview.data?.seasonId === season?.id ? overview.data : undefined;
  const seasonLink = (resource: string, label: string) => (
    <Link to={listPath(resource, { seasonId: data?.seasonId })}>{translate(label)}</Link>
  );
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('aic.funding.title')} />
      <SeasonPicker seasons={seasons} season={season} choose={choose} />
      {overview.error && <Alert severity="error">{translate('aic.funding.loadError')}</Alert>}
      {!data ? (
        !overview.error && <Loading />
      ) : (
        <>
          <FundingTotals overview={data} />
          <Section id="funding-laureates" title={translate('aic.funding.laureates')} link={seasonLink('grants', 'aic.funding.seeGrants')}>
            <LaureateFundingTable laureates={data.laureates} />
          </Section>
          <Section id="funding-commitments" title={translate('aic.funding.commitments')} link={seasonLink('commitments', 'aic.funding.seeCommitments')}>
            <CommitmentsByStatus seasonId={data.seasonId} commitments={data.commitments} />
          </Section>
        </>
      )}
    </Box>
  );
};
