import simpleRestProvider from 'ra-data-simple-rest';
import { type DataProvider, fetchUtils } from 'react-admin';
import { getToken } from './authStorage';

/** List bodies whose total is a lower bound (a search that stopped counting: `X-Total-Capped`). */
const cappedLists = new WeakSet<object>();

export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const token = getToken();
  const response = await fetchUtils.fetchJson(url, {
    ...options,
    user: { authenticated: token !== null, token: `Bearer ${token}` },
  });
  if (response.headers.get('X-Total-Capped') === 'true' && Array.isArray(response.json)) cappedLists.add(response.json);
  return response;
};

const simpleRest = simpleRestProvider('/api', httpClient);

/**
 * The stock simple REST provider, except that a capped search total becomes react-admin's partial pagination
 * ("1-25 sur plus de 25", next page while there is one) instead of a false exact count.
 */
export const dataProvider: DataProvider = {
  ...simpleRest,
  getList: async (resource, params) => {
    const result = await simpleRest.getList(resource, params);
    if (!cappedLists.has(result.data)) return result;
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const end = (page - 1) * perPage + result.data.length;
    return { data: result.data, pageInfo: { hasPreviousPage: page > 1, hasNextPage: end < (result.total ?? 0) } };
  },
};
