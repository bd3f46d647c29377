/** A react-admin list URL with a filter (the list reads `?filter=` as JSON). */
export const listPath = (resource: string, filter: Record<string, unknown>) => ({
  pathname: `/${resource}`,
  search: `?filter=${encodeURIComponent(JSON.stringify(filter))}`,
});
