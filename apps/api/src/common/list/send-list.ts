import type { FastifyReply } from 'fastify';
import type { ListPage } from './find-list.js';

/** Header saying that the total of `Content-Range` is a lower bound (a search stopped counting). */
export const TOTAL_CAPPED_HEADER = 'X-Total-Capped';

/** Sets react-admin's `Content-Range: <resource> <start>-<end>/<total>` and returns the rows. */
export function sendList<T>(reply: FastifyReply, resource: string, page: ListPage<T>): T[] {
  const range = page.rows.length > 0 ? `${page.start}-${page.start + page.rows.length - 1}` : '*';
  reply.header('Content-Range', `${resource} ${range}/${page.total}`);
  if (page.totalCapped) reply.header(TOTAL_CAPPED_HEADER, 'true');
  return page.rows;
}
