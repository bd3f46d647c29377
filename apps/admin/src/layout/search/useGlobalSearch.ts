import { useEffect, useState } from 'react';
import { useCanAccessResources, useDataProvider } from 'react-admin';
import { MIN_QUERY_LENGTH, RESULTS_PER_KIND, SEARCH_KINDS, type SearchGroups } from './searchKinds';

const DEBOUNCE_MS = 250;
const RESOURCES = SEARCH_KINDS.map((kind) => kind.resource);

/** The search's results grouped by kind (only kinds the role may list), fetched 250 ms after the last keystroke. */
export const useGlobalSearch = (query: string): { groups: SearchGroups; loading: boolean } => {
  const dataProvider = useDataProvider();
  const { canAccess } = useCanAccessResources({ action: 'list', resources: RESOURCES });
  const [state, setState] = useState<{ query: string; groups: SearchGroups }>({ query: '', groups: [] });
  const q = query.trim();

  useEffect(() => {
    if (q.length < MIN_QUERY_LENGTH || !canAccess) return;
    let current = true;
    const timer = setTimeout(async () => {
      const kinds = SEARCH_KINDS.filter((kind) => canAccess[kind.resource]);
      const lists = await Promise.all(
        kinds.map((kind) =>
          dataProvider
            .getList(kind.resource, { filter: { q }, sort: kind.sort, pagination: { page: 1, perPage: RESULTS_PER_KIND } })
            .then(({ data }) => data)
            .catch(() => []),
        ),
      );
      if (!current) return;
      const groups = kinds
        .map((kind, i) => ({
          resource: kind.resource,
          hits: lists[i].map((record) => ({ key: `${kind.resource}-${record.id}`, resource: kind.resource, id: record.id, label: kind.label(record) })),
        }))
        .filter((group) => group.hits.length > 0);
      setState({ query: q, groups });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, canAccess, dataProvider]);

  const fresh = state.query === q && q.length >= MIN_QUERY_LENGTH;
  return { groups: fresh ? state.groups : [], loading: q.length >= MIN_QUERY_LENGTH && !fresh };
};
