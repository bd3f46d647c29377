import type { EntityManager } from 'typeorm';

/** The tables whose rows keep a laureate from being deleted, and the column that points at it. */
interface HistoryTable {
  table: string;
  column: string;
}

let historyTables: Promise<HistoryTable[]> | null = null;

/**
 * Read from the catalog, not listed by hand: every foreign key to `laureates` that refuses the deletion (RESTRICT or NO
 * ACTION) is history, so a feature that adds one (indicators, documents…) is counted without touching this file.
 * The schema does not change while the process runs (migrations run before it listens).
 */
function tablesOfHistory(em: EntityManager): Promise<HistoryTable[]> {
  historyTables ??= em
    .query(
      `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'laureates'::regclass AND c.confdeltype IN ('r', 'a')
          AND cardinality(c.conkey) = 1
        ORDER BY 1`,
    )
    .catch((error: unknown) => {
      historyTables = null;
      throw error;
    });
  return historyTables;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** How many records of each kind hang off the laureate (only the kinds that have some), e.g. `{ actions: 3 }`. */
export async function laureateHistory(em: EntityManager, laureateId: number): Promise<Record<string, number>> {
  const tables = await tablesOfHistory(em);
  if (tables.length === 0) return {};
  const counts = tables.map(
    ({ table, column }, i) => `(SELECT count(*)::int FROM ${quoted(table)} WHERE ${quoted(column)} = $1) AS c${i}`,
  );
  const [row] = await em.query(`SELECT ${counts.join(', ')}`, [laureateId]);
  const history: Record<string, number> = {};
  tables.forEach(({ table }, i) => {
    const n = row[`c${i}`] as number;
    if (n > 0) history[table.replaceAll('_', '-')] = (history[table.replaceAll('_', '-')] ?? 0) + n;
  });
  return history;
}
