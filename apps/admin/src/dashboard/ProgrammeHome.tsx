import { Grid, Typography } from '@mui/material';
import { Link, Title, useGetList, useTranslate } from 'react-admin';
import { listPath } from '../common/listPath';
import { CountTiles } from './CountTiles';
import { NextCommittee } from './NextCommittee';
import { OverdueCount } from './OverdueCount';
import { SeasonMoney } from './SeasonMoney';
import { WaitingForLead } from './WaitingForLead';
import { AlertsPanel } from '../impact/alerts/AlertsPanel';

const all = { page: 1, perPage: 1000 };

/**
 * Programme lead / admin: the current season at a glance: what waits for them, the next committee and its
 * readiness, the season's money, laureates by phase and by health, overdue actions; each with links.
 */
export const ProgrammeHome = () => {
  const translate = useTranslate();
  const { data: seasons = [], isPending } = useGetList('seasons', { sort: { field: 'year', order: 'DESC' }, pagination: { page: 1, perPage: 50 } });
  const season = seasons.find((s) => s.status === 'accompaniment') ?? seasons[0];
  const { data: laureates = [] } = useGetList(
    'laureates',
    // Counted by phase and by health: those two fields only (a season's laureates whole are ~770 bytes each).
    { filter: { seasonId: season?.id }, sort: { field: 'name', order: 'ASC' }, pagination: all, meta: { fields: ['phase', 'health'] } },
    { enabled: season != null },
  );
  return (
    <>
      <Title title="aic.home.programmeTitle" />
      {!isPending && (
        <Typography sx={{ my: 1 }}>
          {season ? translate('aic.home.season', { name: season.name }) : translate('aic.home.noSeason')}
          {season && (
            <>
              {' — '}
              <Link to={listPath('laureates', { seasonId: season.id })}>
                {translate('aic.home.seeAll')}
              </Link>
            </>
          )}
        </Typography>
      )}
      {season && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12 }}>
            <AlertsPanel />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <WaitingForLead seasonId={season.id} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <NextCommittee seasonId={season.id} />
          </Grid>
          <Grid size={{ xs: 12 }}>
            <SeasonMoney seasonId={season.id} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <CountTiles title="aic.home.byPhase" field="phase" group="laureatePhases" seasonId={season.id} laureates={laureates} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <CountTiles title="aic.home.byHealth" field="health" group="healths" seasonId={season.id} laureates={laureates} />
          </Grid>
          <Grid size={{ xs: 12 }}>
            <OverdueCount />
          </Grid>
        </Grid>
      )}
    </>
  );
};
