import type { AuthProvider } from 'react-admin';
import { getUser } from '../../authStorage';
import { dataProvider } from '../../dataProvider';
import { decideAccess, type ManagerOf } from './accessRules';

// A few seconds of memory: a page's rows ask about the same laureates at once; a reassignment shows soon after.
const TTL_MS = 30_000;
/** At most this many laureates in one request (its address's length). */
const PER_REQUEST = 100;
const managers = new Map<number, { at: number; manager: Promise<number | null> }>();
/** The laureates asked about since the last request, answered together by the next one. */
let waiting = new Map<number, (manager: number | null) => void>();

/**
 * The managers of every laureate asked about in the same moment (a page's rows, its buttons), in one getMany that
 * reads only their `accelerationManagerId` (`meta.fields`): each row's laureate read whole, one request each, cost a page of actions
 * as many requests as laureates. A laureate the caller may not read answers no manager.
 */
async function askManagers(asked: Map<number, (manager: number | null) => void>): Promise<void> {
  const ids = [...asked.keys()];
  for (let start = 0; start < ids.length; start += PER_REQUEST) {
    const chunk = ids.slice(start, start + PER_REQUEST);
    const rows = await dataProvider
      .getMany<{ id: number; accelerationManagerId?: number | null }>('laureates', { ids: chunk, meta: { fields: ['accelerationManagerId'] } })
      .then(({ data }) => data)
      .catch(() => []);
    const found = new Map(rows.map((row) => [row.id, row.accelerationManagerId ?? null]));
    for (const id of chunk) asked.get(id)!(found.get(id) ?? null);
  }
}

const managerOf: ManagerOf = (laureateId) => {
  const cached = managers.get(laureateId);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.manager;
  if (waiting.size === 0) {
    setTimeout(() => {
      const asked = waiting;
      waiting = new Map();
      void askManagers(asked);
    });
  }
  const manager = new Promise<number | null>((resolve) => waiting.set(laureateId, resolve));
  managers.set(laureateId, { at: Date.now(), manager });
  return manager;
};

/** react-admin's access control (menus, buttons, routes): the rules of accessRules.ts for the signed-in user. */
export const canAccess: NonNullable<AuthProvider['canAccess']> = async ({ resource, action, record }) =>
  decideAccess(getUser(), { resource, action, record }, managerOf);

export const forgetLaureateManagers = () => managers.clear();
