import type { Response } from 'express';
import type { ListPage } from './find-list.js';

/** Sets react-admin's `Content-Range: <resource> <start>-<end>/<total>` and returns the rows. */
export function sendList<T>(res: Response, resource: string, page: ListPage<T>): T[] {
  const range = page.rows.length > 0 ? `${page.start}-${page.start + page.rows.length - 1}` : '*';
  res.setHeader('Content-Range', `${resource} ${range}/${page.total}`);
  return page.rows;
}
