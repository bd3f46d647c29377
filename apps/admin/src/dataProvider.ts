import simpleRestProvider from 'ra-data-simple-rest';
import { type DataProvider, fetchUtils, type GetListParams, type GetListResult, type GetManyParams, type GetManyReferenceParams, type RaRecord } from 'react-admin';
import { getToken } from './authStorage';
import { withUiLanguage } from './i18n';

/** List bodies whose total is a lower bound (a search that stopped counting: `X-Total-Capped`). */
const cappedLists = new WeakSet<object>();

export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const token = getToken();
  const response = await fetchUtils.fetchJson(url, {
    ...options,
    // fetchJson's default Accept, kept when the caller gives no headers.
    headers: withUiLanguage(options.headers ?? { Accept: 'application/json' }),
    user: { authenticated: token !== null, token: `Bearer ${token}` },
  });
  if (response.headers.get('X-Total-Capped') === 'true' && Array.isArray(response.json)) cappedLists.add(response.json);
  return response;
};

const simpleRest = simpleRestProvider('/api', httpClient);

/**
 * A list asked for some fields only (`meta: { fields: [...] }`): the API's `fields` parameter, beside the stock
 * provider's own. react-admin keys its cache by `meta`, so these partial records never stand in for whole ones.
 */
function restFor(params: { meta?: { fields?: unknown } }): DataProvider {
  const fields = params.meta?.fields;
  if (!Array.isArray(fields)) return simpleRest;
  const parameter = `fields=${encodeURIComponent(JSON.stringify(fields))}`;
  return simpleRestProvider('/api', (url: string, options?: fetchUtils.Options) => httpClient(`${url}${url.includes('?') ? '&' : '?'}${parameter}`, options));
}

/**
 * A capped total becomes react-admin's partial pagination instead of a false exact count; the lower bound rides in
 * `meta.totalAtLeast` for ListPagination ("1-25 sur plus de 1 000").
 */
function withPartialPagination<R extends GetListResult>(result: R, pagination: { page: number; perPage: number } | undefined): R {
  if (!cappedLists.has(result.data)) return result;
  const { page = 1, perPage = 25 } = pagination ?? {};
  const end = (page - 1) * perPage + result.data.length;
  const totalAtLeast = result.total ?? end;
  return { data: result.data, pageInfo: { hasPreviousPage: page > 1, hasNextPage: end < totalAtLeast }, meta: { totalAtLeast } } as R;
}

/** The stock simple REST provider, except for capped search totals (lists and lists of a record's children) and `meta.fields` (lists, getMany, lists of a record's children). */
export const dataProvider: DataProvider = {
  ...simpleRest,
  getList: async <R extends RaRecord>(resource: string, params: GetListParams) =>
    withPartialPagination(await restFor(params).getList<R>(resource, params), params.pagination),
  getMany: <R extends RaRecord>(resource: string, params: GetManyParams) => restFor(params).getMany<R>(resource, params),
  getManyReference: async <R extends RaRecord>(resource: string, params: GetManyReferenceParams) =>
    withPartialPagination(await restFor(params).getManyReference<R>(resource, params), params.pagination),
};
