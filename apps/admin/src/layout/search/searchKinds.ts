import type { RaRecord } from 'react-admin';

/** What the header's search looks through: each kind's API list search (`filter.q`), 5 results a kind. */
export interface SearchKind {
  resource: string;
  sort: { field: string; order: 'ASC' | 'DESC' };
  label: (record: RaRecord) => string;
}

export const SEARCH_KINDS: readonly SearchKind[] = [
  { resource: 'laureates', sort: { field: 'name', order: 'ASC' }, label: (r) => r.name },
  { resource: 'contacts', sort: { field: 'lastName', order: 'ASC' }, label: (r) => `${r.firstName} ${r.lastName}` },
  { resource: 'organisations', sort: { field: 'name', order: 'ASC' }, label: (r) => r.name },
  { resource: 'actions', sort: { field: 'dueOn', order: 'ASC' }, label: (r) => r.title },
];

export const RESULTS_PER_KIND = 5;
export const MIN_QUERY_LENGTH = 2;

export interface SearchHit {
  key: string;
  resource: string;
  id: RaRecord['id'];
  label: string;
}
export type SearchGroups = Array<{ resource: string; hits: SearchHit[] }>;
