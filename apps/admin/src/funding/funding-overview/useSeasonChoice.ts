import type { SeasonRecord } from '@aic/domain';
import { useCallback } from 'react';
import { useGetList, useLocation, useNavigate } from 'react-admin';

/** The season in accompaniment, else the latest one. */
export const defaultSeason = (seasons: SeasonRecord[]): SeasonRecord | undefined =>
  seasons.find((season) => season.status === 'accompaniment') ?? seasons[0];

/** The season a page is about: `?seasonId=` when given (shareable), else the default one. */
export const useSeasonChoice = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const { data: seasons = [], isPending } = useGetList<SeasonRecord>('seasons', {
    sort: { field: 'year', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const requested = Number(new URLSearchParams(location.search).get('seasonId'));
  const season = seasons.find((s) => s.id === requested) ?? defaultSeason(seasons);
  const choose = useCallback(
    (seasonId: number) => navigate({ pathname: location.pathname, search: `?seasonId=${seasonId}` }, { replace: true }),
    [navigate, location.pathname],
  );
  return { seasons, season, choose, isPending };
};
