// Scenario (import): a Démarches Simplifiées export of 10 000 files imported through the API, as the admin does it
// (upload, run with the proposed mapping, poll the progress), then imported again (nothing changes). Target: < 10 s.
import pg from 'pg';
import { runMigrations } from '../database/prepare-database.js';
import type { BenchCluster } from './cluster.js';
import { startApi } from './processes.js';

const HEADERS = ['ID', 'Email', 'Déposé le', 'État du dossier', 'Dernière mise à jour le', 'À archiver', 'Association RNA', 'Association titre', 'Nom du projet', 'Type de structure porteuse', 'Résumé du projet', 'Public visé', 'Territoire', 'Ressource commune'];
const STATES = ['En construction', 'En instruction', 'Accepté', 'Refusé', 'Classé sans suite'];

/** A DS-like export of `rows` files (~600 bytes each), quoted as DS quotes. */
export function sampleExport(rows: number): Buffer {
  const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [HEADERS.join(',')];
  for (let i = 1; i <= rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      [
        String(100000 + i),
        `porteur.${i}@exemple.test`,
        `2023-04-${day} 10:${String(i % 60).padStart(2, '0')}:00 +0200`,
        STATES[i % STATES.length],
        `2023-05-${day} 09:00:00 +0200`,
        'false',
        `W${String(750000000 + i)}`,
        `Association fictive n° ${i}`,
        `Projet fictif ${i}, un commun`,
        'Association loi 1901',
        `Résumé du projet ${i} : une ressource ouverte, "libre", documentée et partagée avec les administrations.\nDeuxième ligne du résumé, pour la forme d'un vrai formulaire.`,
        'Habitants, associations',
        `Territoire ${i % 101}`,
        i % 2 ? 'Données ouvertes' : 'Logiciel libre',
      ]
        .map(q)
        .join(','),
    );
  }
  return Buffer.from(lines.join('\r\n') + '\r\n');
}

export interface ImportBenchResult {
  rows: number;
  uploadMs: number;
  importMs: number;
  totalMs: number;
  reimportMs: number;
  pass: boolean;
}

/** On a database of its own (rebuilt each run), through one API process. */
export async function benchImport(
  cluster: BenchCluster,
  options: { rows: number; poolSize: number; apiMain?: string; passwordHash: string; password: string },
  say: (m: string) => void,
  fail: (m: string) => void,
): Promise<ImportBenchResult | null> {
  const name = 'bench_import';
  const url = cluster.url(name);
  await cluster.ensureDatabase(name, true);
  await runMigrations(url, () => undefined);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const email = 'pilote.import@bench.aic.test';
  let callId: number;
  try {
    await db.query(`INSERT INTO users (email, full_name, password_hash, roles) VALUES ($1, 'Pilote du banc', $2, '{programme_lead}')`, [email, options.passwordHash]);
    const { rows: [season] } = await db.query(`INSERT INTO seasons (name, year) VALUES ('Saison du banc', 2026) RETURNING id`);
    ({ rows: [{ id: callId }] } = await db.query(`INSERT INTO calls (season_id, track, title) VALUES ($1, 'dinum', 'Appel du banc') RETURNING id`, [season.id]));
  } finally {
    await db.end();
  }
  const api = await startApi({ databaseUrl: url, poolSize: options.poolSize, main: options.apiMain });
  try {
    const login = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: options.password }) });
    const { token } = (await login.json()) as { token: string };
    const auth = { Authorization: `Bearer ${token}` };
    const file = sampleExport(options.rows);

    const once = async () => {
      const started = performance.now();
      const uploaded = await fetch(`${api.url}/api/application-imports?callId=${callId}&fileName=bench.csv`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: new Blob([new Uint8Array(file)]) });
      const record = (await uploaded.json()) as { id: number; mapping: object };
      if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${JSON.stringify(record)}`);
      const uploadMs = performance.now() - started;
      const run = await fetch(`${api.url}/api/application-imports/${record.id}/run`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ mapping: record.mapping }) });
      if (run.status !== 202) throw new Error(`run: ${run.status} ${await run.text()}`);
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        const state = (await (await fetch(`${api.url}/api/application-imports/${record.id}`, { headers: auth })).json()) as Record<string, unknown>;
        if (state.status === 'done' || state.status === 'failed') {
          const totalMs = performance.now() - started;
          return { uploadMs, importMs: totalMs - uploadMs, totalMs, state };
        }
      }
    };

    const first = await once();
    if (first.state.status !== 'done' || first.state.createdCount !== options.rows || first.state.errorCount !== 0) {
      fail(`import: expected ${options.rows} applications created, got ${JSON.stringify(first.state)}`);
    }
    const again = await once();
    if (again.state.unchangedCount !== options.rows) fail(`re-import: expected ${options.rows} unchanged, got ${JSON.stringify(again.state)}`);
    const pass = first.totalMs < 10_000;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    say(
      `  (import) ${options.rows.toLocaleString('en')} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB CSV: upload + preview ${s(first.uploadMs)}, import ${s(first.importMs)}, ` +
        `total ${s(first.totalMs)} (target < 10 s: ${pass ? 'pass' : 'FAIL'}); re-import of the same file (all unchanged) ${s(again.totalMs)}`,
    );
    return { rows: options.rows, uploadMs: Math.round(first.uploadMs), importMs: Math.round(first.importMs), totalMs: Math.round(first.totalMs), reimportMs: Math.round(again.totalMs), pass };
  } finally {
    await api.stop();
  }
}
