import pg from 'pg';
import type { DataSource } from 'typeorm';
import { asQueryFailed, withPooledClient } from './prepared.js';

/** Each named statement's recent answers' size (the largest, decaying), to size the next one's buffer: one allocation per answer, most of the time. */
const recentBytes = new Map<string, number>();

/**
 * `prefix` followed by the text that a statement's rows are the parts of (each row's `column`, in order), as UTF-8
 * bytes in one Buffer. Each row is written into it as it arrives, so that its string dies young. Kept as strings until
 * the statement ended (the driver's rows), ~100 KB of them per answer outlived young-generation collections under
 * load and were promoted; each Buffer allocated per answer also counts towards V8's next full collection (issue 18, the
 * briefing pack: ~3 a second). `name`: prepared once per pooled connection, as `queryPrepared`. Errors are TypeORM's
 * `QueryFailedError`, as `DataSource.query` throws them.
 */
export async function queryTextAsBytes(dataSource: DataSource, statement: { name?: string; text: string; values: unknown[] }, column: string, prefix: string): Promise<Buffer> {
  const remembered = statement.name === undefined ? 0 : (recentBytes.get(statement.name) ?? 0);
  let buffer = Buffer.allocUnsafe(Math.max(4096, Math.ceil(remembered * 1.05), prefix.length * 3));
  let length = buffer.write(prefix);
  dataSource.logger.logQuery(statement.text, statement.values);
  await withPooledClient(dataSource, (client) =>
    new Promise<void>((resolve, reject) => {
      const query = new pg.Query(statement);
      query.on('row', (row: Record<string, unknown>) => {
        const text = String(row[column]);
        // A UTF-16 code unit is at most 3 bytes of UTF-8: counted exactly only when that bound does not fit.
        const needed = length + text.length * 3 > buffer.length ? length + Buffer.byteLength(text) : 0;
        if (needed > buffer.length) {
          const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, needed));
          buffer.copy(larger, 0, 0, length);
          buffer = larger;
        }
        length += buffer.write(text, length);
      });
      query.once('end', () => resolve());
      query.once('error', reject);
      client.query(query);
    }).catch(asQueryFailed(statement.text, statement.values)),
  );
  // Only named statements: one text each (an unnamed one's text may vary, and the map would grow with them).
  if (statement.name !== undefined) recentBytes.set(statement.name, Math.max(length, Math.floor(remembered * 0.9)));
  return buffer.subarray(0, length);
}
