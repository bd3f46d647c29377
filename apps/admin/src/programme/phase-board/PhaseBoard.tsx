import { LAUREATE_PHASES } from '@aic/domain';
import { Box } from '@mui/material';
import { Loading, Title, useGetList, useGetMany, useTranslate } from 'react-admin';
import { SeasonPicker } from '../../funding/funding-overview/SeasonPicker';
import { useSeasonChoice } from '../../funding/funding-overview/useSeasonChoice';
import type { BoardLaureate } from './LaureateCard';
import { PhaseColumn } from './PhaseColumn';

/** What a card shows: a season's laureates without their long texts (77 → 10 KB for the 100 of a season in the benchmark). */
const BOARD_FIELDS: ReadonlyArray<keyof BoardLaureate> = ['name', 'health', 'phase', 'accelerationManagerId'];

const COLUMNS = { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' };

/** `/phase-board`: a season's laureates in one column per phase (what closing a committee moves). */
export const PhaseBoard = () => {
  const translate = useTranslate();
  const { seasons, season, choose, isPending } = useSeasonChoice();
  const { data: laureates = [], isPending: loadingLaureates } = useGetList<BoardLaureate & { id: number }>(
    'laureates',
    { filter: { seasonId: season?.id }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 500 }, meta: { fields: BOARD_FIELDS } },
    { enabled: season !== undefined },
  );
  const managerIds = [...new Set(laureates.map((l) => l.accelerationManagerId).filter((id): id is number => id != null))];
  const { data: staff = [] } = useGetMany('staff-members', { ids: managerIds }, { enabled: managerIds.length > 0 });
  const managers = new Map<number, string>(staff.map((member) => [member.id as number, member.fullName as string]));
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('aic.phaseBoard.title')} />
      <SeasonPicker seasons={seasons} season={season} choose={choose} />
      {isPending || (season && loadingLaureates) ? (
        <Loading />
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 2 }}>
          {LAUREATE_PHASES.map((phase) => (
            <PhaseColumn key={phase} phase={phase} laureates={laureates.filter((l) => l.phase === phase)} managers={managers} />
          ))}
        </Box>
      )}
    </Box>
  );
};
