// The selection's routes outside the simple-REST protocol (docs/selection.md), written once.
const query = (params: Record<string, number | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return search.size ? `?${search}` : '';
};

export const selectionApi = {
  ranking: (callId: number) => `/api/calls/${callId}/ranking`,
  funnel: (seasonId: number) => `/api/selection-funnel${query({ seasonId })}`,
  rejectedCsv: (seasonId: number) => `/api/applications/rejected.csv${query({ seasonId })}`,
  promote: (applicationId: number) => `/api/applications/${applicationId}/promote`,
  bulkAssign: '/api/evaluator-assignments/bulk',
};
