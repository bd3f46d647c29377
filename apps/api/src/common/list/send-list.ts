import type { FastifyReply } from 'fastify';
import type { JsonListPage, ListPage } from './find-list.js';

/** Header saying that the total of `Content-Range` is a lower bound (a search stopped counting). */
export const TOTAL_CAPPED_HEADER = 'X-Total-Capped';

/**
 * Sets react-admin's `Content-Range: <resource> <start>-<end>/<total>` and returns the rows: the entities, or the JSON
 * text PostgreSQL wrote for them, sent as it is.
 */
export function sendList<T>(reply: FastifyReply, resource: string, page: ListPage<T> | JsonListPage): T[] | string {
  const count = 'json' in page ? page.count : page.rows.length;
  const range = count > 0 ? `${page.start}-${page.start + count - 1}` : '*';
  reply.header('Content-Range', `${resource} ${range}/${page.total}`);
  if (page.totalCapped) reply.header(TOTAL_CAPPED_HEADER, 'true');
  if (!('json' in page)) return page.fields ? page.rows.map((row) => only(row, page.fields!)) : page.rows;
  reply.header('Content-Type', 'application/json; charset=utf-8');
  return page.json;
}

/** The row's own fields among `fields` (a list's `fields`: its JSON path leaves the others out in SQL). */
function only<T>(row: T, fields: ReadonlySet<string>): T {
  const picked: Record<string, unknown> = {};
  for (const name of fields) if (Object.hasOwn(row as object, name)) picked[name] = (row as Record<string, unknown>)[name];
  return picked as T;
}
