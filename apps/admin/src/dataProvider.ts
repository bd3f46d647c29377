import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'react-admin';
import { getToken } from './authStorage';

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const token = getToken();
  return fetchUtils.fetchJson(url, {
    ...options,
    user: { authenticated: token !== null, token: `Bearer ${token}` },
  });
};

export const dataProvider = simpleRestProvider('/api', httpClient);
