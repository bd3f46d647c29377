import type { Identifier, RaRecord } from 'react-admin';

/** Paths of the 360° page's tabs (the first one has none). */
export type LaureateTab = '' | 'roadmap' | 'actions' | 'journal' | 'partners' | 'team' | 'documents';

export const laureateTabPath = (laureateId: Identifier, tab: LaureateTab) =>
  `/laureates/${laureateId}/show${tab ? `/${tab}` : ''}`;

/** After saving a record that hangs off a laureate, go back to the laureate's tab where it shows. */
export const redirectToLaureateTab =
  (tab: LaureateTab) =>
  (_resource?: string, _id?: Identifier, data?: Partial<RaRecord>): string =>
    data?.laureateId != null ? laureateTabPath(data.laureateId, tab) : `/${_resource}`;
