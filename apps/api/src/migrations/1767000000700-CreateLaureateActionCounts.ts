import type { MigrationInterface, QueryRunner } from 'typeorm';

// The statuses as they stood when this migration was written (a later change is a new migration).
const STATUSES = ['planned', 'in_progress', 'done', 'cancelled'];

/**
 * Moves the counts by a statement's changes, `changes` being SQL of (laureate_id, axis, status, sign): +1 for a row
 * written, -1 for a row replaced or deleted. The rows of its laureates' axes are created if missing, then locked in
 * key order (two writers of the same laureates wait for each other rather than deadlock), then moved: a new
 * statement, so it reads what a writer that held them before has committed, and concurrent changes add up.
 */
const moveCounts = (changes: string) => `
  INSERT INTO laureate_action_counts (laureate_id, axis)
    SELECT DISTINCT laureate_id, axis FROM (${changes}) c ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  PERFORM 1 FROM laureate_action_counts t
    WHERE (t.laureate_id, t.axis) IN (SELECT laureate_id, axis FROM (${changes}) c)
    ORDER BY t.laureate_id, t.axis FOR UPDATE;
  UPDATE laureate_action_counts t SET ${STATUSES.map((s) => `${s} = t.${s} + d.${s}`).join(', ')}
    FROM (SELECT laureate_id, axis, ${STATUSES.map((s) => `coalesce(sum(sign) FILTER (WHERE status = '${s}'), 0) AS ${s}`).join(', ')}
            FROM (${changes}) c GROUP BY laureate_id, axis) d
   WHERE t.laureate_id = d.laureate_id AND t.axis = d.axis AND (${STATUSES.map((s) => `d.${s}`).join(', ')}) IS DISTINCT FROM (${STATUSES.map(() => '0').join(', ')});`;

const written = `SELECT laureate_id, axis, status, 1 AS sign FROM new_rows`;
const replaced = `SELECT laureate_id, axis, status, -1 AS sign FROM old_rows`;

/**
 * Each laureate's actions counted by axis and status, kept by the writes: the committee briefing pack's progress by
 * axis (issue 18, scenario 5) and the season's results read them by primary key, where they counted every action of
 * their laureates on each read (5 000 index entries a pack of 25 laureates at national scale: 1.4 of the statement's
 * ~3 ms). Kept in the writing transaction by statement triggers on actions (set-based: a bulk insert moves each
 * laureate's counts once); a (laureate, axis) row exists once the laureate has had an action on that axis.
 */
export class CreateLaureateActionCounts1767000000700 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE laureate_action_counts (
        laureate_id integer NOT NULL CONSTRAINT "FK_laureate_action_counts_laureate" REFERENCES laureates (id) ON DELETE CASCADE,
        axis text NOT NULL,
        ${STATUSES.map((s) => `${s} integer NOT NULL DEFAULT 0`).join(',\n        ')},
        PRIMARY KEY (laureate_id, axis)
      )`);
    await q.query(`
      CREATE FUNCTION aic_actions_move_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${moveCounts(written)}
        ELSIF TG_OP = 'UPDATE' THEN
          ${moveCounts(`${written} UNION ALL ${replaced}`)}
        ELSIF TG_OP = 'DELETE' THEN
          ${moveCounts(replaced)}
        ELSE
          DELETE FROM laureate_action_counts;
        END IF;
        RETURN NULL;
      END $$`);
    const trigger = (name: string, event: string, transition: string) =>
      q.query(`CREATE TRIGGER "${name}" AFTER ${event} ON actions ${transition} FOR EACH STATEMENT EXECUTE FUNCTION aic_actions_move_counts()`);
    await trigger('TRG_actions_counts_insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows');
    await trigger('TRG_actions_counts_update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows');
    await trigger('TRG_actions_counts_delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows');
    await trigger('TRG_actions_counts_truncate', 'TRUNCATE', '');
    await q.query(`
      INSERT INTO laureate_action_counts (laureate_id, axis, ${STATUSES.join(', ')})
      SELECT laureate_id, axis, ${STATUSES.map((s) => `count(*) FILTER (WHERE status = '${s}')`).join(', ')} FROM actions GROUP BY laureate_id, axis`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER IF EXISTS "TRG_actions_counts_${event}" ON actions`);
    await q.query(`DROP FUNCTION IF EXISTS aic_actions_move_counts()`);
    await q.query(`DROP TABLE IF EXISTS laureate_action_counts`);
  }
}
