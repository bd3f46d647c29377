import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiProcess, sleep } from './api-process.js';

// Creates under load, then a `kill -9` of the API, then of its embedded PostgreSQL: every write the API acknowledged
// (2xx) must be there afterwards, whole (its fields as acknowledged, its audit event beside it).
let api: ApiProcess;
let token: string;

beforeAll(async () => {
  api = await ApiProcess.create('crash');
  await api.start();
  token = await api.adminToken();
}, 90_000);
afterAll(() => api?.dispose(), 30_000);

interface Created {
  id: number;
  name: string;
  kind: string;
  acronym: string;
  territory: string;
  notes: string;
}

interface Load {
  acknowledged: Created[];
  statuses: Record<string, number>;
  stop(): Promise<void>;
}

/** `clients` loops POSTing organisations, each recording every 2xx answer's body, until stopped. */
function createUnderLoad(phase: string, clients = 4): Load {
  const acknowledged: Created[] = [];
  const statuses: Record<string, number> = {};
  let running = true;
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let n = 0; running; n++) {
      const sent = { name: `Crash ${phase} c${client} n${n}`, kind: 'association', acronym: `C${client}N${n}`, territory: `Territoire ${n}`, notes: `note ${phase} ${client} ${n} `.repeat(20) };
      try {
        const res = await fetch(`${api.url}/api/organisations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(sent),
          signal: AbortSignal.timeout(10_000),
        });
        const body = (await res.json()) as Created;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.ok) acknowledged.push(body);
      } catch {
        statuses.network = (statuses.network ?? 0) + 1; // the API is gone: no answer, nothing acknowledged
        await sleep(50);
      }
    }
  });
  return {
    acknowledged,
    statuses,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Acknowledged writes missing or different in the database, and rows of the phase without their audit event (or the reverse). */
async function audit(phase: string, acknowledged: Created[]) {
  return api.withOwner(async (db) => {
    const { rows } = await db.query(
      `SELECT o.id, o.name, o.kind, o.acronym, o.territory, o.notes,
              (SELECT count(*)::int FROM audit_events e WHERE e.resource = 'organisations' AND e.action = 'create' AND e.record_id = o.id::text
                 AND e.changes->'name'->>'after' = o.name AND e.changes->'notes'->>'after' = o.notes) AS events
         FROM organisations o WHERE o.name LIKE $1`,
      [`Crash ${phase} %`],
    );
    const [{ orphans }] = (
      await db.query(
        `SELECT count(*)::int AS orphans FROM audit_events e WHERE e.resource = 'organisations' AND e.changes->'name'->>'after' LIKE $1
            AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id::text = e.record_id)`,
        [`Crash ${phase} %`],
      )
    ).rows;
    const stored = new Map(rows.map((r) => [r.id as number, r]));
    const lost = acknowledged.filter((a) => {
      const row = stored.get(a.id);
      return !row || row.name !== a.name || row.kind !== a.kind || row.acronym !== a.acronym || row.territory !== a.territory || row.notes !== a.notes;
    });
    const halfWritten = rows.filter((r) => r.events !== 1).length + orphans;
    return { stored: rows.length, lost, halfWritten };
  });
}

describe('crash durability under a load of creates (4 clients)', () => {
  it('kill -9 of the API: after a restart on the same data, every acknowledged write is there, none half-written', async () => {
    const load = createUnderLoad('api');
    await sleep(2000);
    await api.kill9();
    await load.stop();
    await api.start();
    const result = await audit('api', load.acknowledged);
    console.log(`kill -9 API: ${load.acknowledged.length} acknowledged, ${result.stored} stored, ${result.lost.length} lost, ${result.halfWritten} half-written; answers ${JSON.stringify(load.statuses)}`);
    expect(load.acknowledged.length).toBeGreaterThan(10);
    expect(result.lost).toEqual([]);
    expect(result.halfWritten).toBe(0);
    expect(load.statuses['500']).toBeUndefined();
  }, 60_000);

  it('kill -9 of the embedded PostgreSQL: after its restart by the API, every acknowledged write is there, none half-written', async () => {
    token = await api.adminToken(); // sessions survive, but the API process is new: log in again for clarity
    const load = createUnderLoad('pg');
    await sleep(2000);
    const before = load.acknowledged.length;
    process.kill(api.postmasterPid(), 'SIGKILL');
    const deadline = Date.now() + 30_000;
    await sleep(500);
    while (Date.now() < deadline && (await api.health().catch(() => 0)) !== 200) await sleep(200);
    await sleep(1000); // writes go on after the recovery
    await load.stop();
    const result = await audit('pg', load.acknowledged);
    console.log(`kill -9 PostgreSQL: ${load.acknowledged.length} acknowledged (${before} before the kill), ${result.stored} stored, ${result.lost.length} lost, ${result.halfWritten} half-written; answers ${JSON.stringify(load.statuses)}`);
    const errorLines = api.output.filter((line) => line.includes('"level":50'));
    if (errorLines.length > 0) console.log(`API error lines:\n${errorLines.join('\n')}`);
    expect(load.acknowledged.length).toBeGreaterThan(before);
    expect(load.statuses['503']).toBeGreaterThan(0);
    expect(load.statuses['500']).toBeUndefined();
    expect(result.lost).toEqual([]);
    expect(result.halfWritten).toBe(0);
  }, 60_000);
});
