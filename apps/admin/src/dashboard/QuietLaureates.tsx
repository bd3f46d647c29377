import { Box, Typography } from '@mui/material';
import { type Identifier, RecordContextProvider, useGetList } from 'react-admin';
import { LaureateLinkField } from '../accompaniment/laureates/LaureateLinkField';
import { EmptyText } from './EmptyText';
import { HomeSection } from './HomeSection';
import { LastInteraction } from './LastInteraction';

const QUIET_DAYS = 30;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Laureates being accompanied with no journal entry for 30 days: one call lists those that had one
 * (filter laureateId IN …, occurredAfter), the others are the quiet ones.
 */
export const QuietLaureates = ({ managerId }: { managerId: Identifier }) => {
  const { data: laureates = [], isPending } = useGetList('laureates', {
    filter: { accelerationManagerId: managerId, phase: ['phase1', 'phase2'] },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const ids = laureates.map((l) => l.id);
  const { data: recent, isPending: recentPending } = useGetList(
    'interactions',
    {
      filter: { laureateId: ids, occurredAfter: daysAgo(QUIET_DAYS) },
      sort: { field: 'occurredAt', order: 'DESC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: ids.length > 0 },
  );
  const active = new Set((recent ?? []).map((interaction) => interaction.laureateId));
  const quiet = laureates.filter((l) => !active.has(l.id));
  const loading = isPending || (ids.length > 0 && recentPending);
  return (
    <HomeSection title="aic.home.quiet" hint="aic.home.quietHint">
      {!loading && quiet.length === 0 && <EmptyText message="aic.home.quietEmpty" />}
      {!loading && quiet.length > 0 && (
        <Box component="ul" sx={{ pl: 2, m: 0 }}>
          {quiet.map((laureate) => (
            <Box component="li" key={laureate.id} sx={{ py: 0.5 }}>
              <RecordContextProvider value={laureate}>
                <LaureateLinkField tab="journal" />
              </RecordContextProvider>
              <Typography variant="body2" component="span">
                {' — '}
                <LastInteraction laureateId={laureate.id} />
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </HomeSection>
  );
};
