import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The human names and e-mails that are unique, with the columns that scope them (a laureate's name is unique per season). */
export const UNIQUE_NAMES = [
  { table: 'organisations', column: 'name', scope: [] },
  { table: 'seasons', column: 'name', scope: [] },
  { table: 'laureates', column: 'name', scope: ['season_id'] },
  { table: 'users', column: 'email', scope: [] },
] as const;

/**
 * Data: existing names and e-mails are stored in their clean form (`aic_clean_text`: NFC, no invisible characters,
 * single spaces, trimmed) before the unique indexes move to the normalised key. Look-alike duplicates already present
 * would make those indexes fail: the migration stops first and names them, to be renamed or merged by hand.
 */
export class NormaliseNames1765200000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const collisions: string[] = [];
    for (const { table, column, scope } of UNIQUE_NAMES) {
      const groupBy = [...scope, `aic_name_key(${column})`].join(', ');
      const rows: Array<{ names: string }> = await q.query(
        `SELECT string_agg(format('%s %s "%s"', '${table}', id, ${column}), ', ' ORDER BY id) AS names
           FROM ${table} GROUP BY ${groupBy} HAVING count(*) > 1`,
      );
      collisions.push(...rows.map((r) => r.names));
    }
    if (collisions.length > 0) {
      throw new Error(
        `Look-alike duplicates (same text once normalised: Unicode form, case, invisible characters, spaces) must be renamed or merged before this migration: ${collisions.join('; ')}`,
      );
    }
    for (const { table, column } of UNIQUE_NAMES) {
      await q.query(`UPDATE ${table} SET ${column} = aic_clean_text(${column}) WHERE ${column} <> aic_clean_text(${column})`);
    }
  }

  async down(): Promise<void> {
    // The original spellings are not kept: the clean forms stay.
  }
}
