// The selection's routes outside the simple-REST protocol (docs/selection.md), written once.
const query = (params: Record<string, number | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return search.size ? `?${search}` : '';
};

export const selectionApi = {
  ranking: (callId: number) => `/api/calls/${callId}/ranking`,
  funnel: (seasonId: number) => `/api/seasons/${seasonId}/selection-funnel`,
  rejectedCsv: (seasonId: number, callId?: number) => `/api/seasons/${seasonId}/rejected-applications.csv${query({ callId })}`,
  promote: (applicationId: number) => `/api/applications/${applicationId}/promote`,
  bulkAssign: '/api/evaluator-assignments/bulk',
};
