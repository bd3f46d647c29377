import type { AuthProvider } from 'react-admin';
import { getToken, getUser } from '../../authStorage';
import { withUiLanguage } from '../../i18n';
import { decideAccess, type ManagerOf } from './accessRules';

// A few seconds of memory: a page's rows ask about the same laureates at once; a reassignment shows soon after.
const TTL_MS = 30_000;
const managers = new Map<number, { at: number; manager: Promise<number | null> }>();

const managerOf: ManagerOf = (laureateId) => {
  const cached = managers.get(laureateId);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.manager;
  const manager = fetch(`/api/laureates/${laureateId}`, { headers: withUiLanguage({ Authorization: `Bearer ${getToken()}` }) })
    .then((response) => (response.ok ? response.json() : {}))
    .then((laureate: { accelerationManagerId?: number | null }) => laureate.accelerationManagerId ?? null)
    .catch(() => null);
  managers.set(laureateId, { at: Date.now(), manager });
  return manager;
};

/** react-admin's access control (menus, buttons, routes): the rules of accessRules.ts for the signed-in user. */
export const canAccess: NonNullable<AuthProvider['canAccess']> = async ({ resource, action, record }) =>
  decideAccess(getUser(), { resource, action, record }, managerOf);

export const forgetLaureateManagers = () => managers.clear();
