import { type Identifier, useGetList } from 'react-admin';

/** The season's committees not closed yet, soonest first: one query shared by the home page's sections. */
export const useOpenCommittees = (seasonId: Identifier) =>
  useGetList('committees', {
    filter: { seasonId, status: ['planned', 'in_session'] },
    sort: { field: 'heldOn', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
