/** The selection's own pages (not simple-REST lists), with what they show in the query string. */
export type SelectionPage = 'eligibility' | 'ranking' | 'selection-funnel' | 'to-evaluate';

export const selectionPath = (page: SelectionPage, query: Record<string, string | number> = {}) => ({
  pathname: `/${page}`,
  search: Object.keys(query).length ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}` : '',
});

/** Breadcrumb labels of these pages. */
export const SELECTION_PAGES: Record<SelectionPage, string> = {
  eligibility: 'aic.selection.menu.eligibility',
  ranking: 'aic.selection.menu.ranking',
  'selection-funnel': 'aic.selection.menu.funnel',
  'to-evaluate': 'aic.selection.menu.toEvaluate',
};
