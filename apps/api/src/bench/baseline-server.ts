// The raw baseline for scenario 1: `GET /api/laureates?sort=…&range=…` answered by node:http + pg alone, with the
// API's session lookup (same SQL, prepared once per connection as the API does), the same JSON rows and the same Content-Range, on a pool of the same size.
// It runs as a child process so that it gets its own event loop, like the API.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';

pg.types.setTypeParser(1082, (value: string) => value); // `date` as 'YYYY-MM-DD', as TypeORM answers it

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

// The Laureate entity's columns, as TypeORM names them in JSON.
const COLUMNS = `id, version, created_at AS "createdAt", updated_at AS "updatedAt", season_id AS "seasonId", name, track,
  carrier_organisation_id AS "carrierOrganisationId", tagline, mission, public_service_contribution AS "publicServiceContribution",
  website, themes, territory, phase, acceleration_manager_id AS "accelerationManagerId", started_on AS "startedOn",
  phase2_started_on AS "phase2StartedOn", ended_on AS "endedOn", next_steps AS "nextSteps", results, health,
  health_reason AS "healthReason", archived_at AS "archivedAt"`;
const SORTABLE: Record<string, string> = { id: 'id', name: 'name COLLATE "fr-x-icu"', phase: 'phase', updatedAt: 'updated_at' };

const SESSION_SQL = `SELECT s.id AS session_id, u.id, u.email, u.full_name, u.roles, u.panel
  FROM sessions s JOIN users u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active AND cardinality(u.roles) > 0`;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json), ...headers });
  res.end(json);
}

async function laureates(req: IncomingMessage, res: ServerResponse, url: URL, requestId: Record<string, string>): Promise<void> {
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const session = token ? await pool.query({ name: 'session-lookup', text: SESSION_SQL, values: [createHash('sha256').update(token).digest('hex')] }) : null;
  if (!session || session.rowCount === 0) return send(res, 401, { statusCode: 401, message: 'Session absente ou expirée' }, requestId);
  const [field, direction] = JSON.parse(url.searchParams.get('sort') ?? '["name","ASC"]') as [string, string];
  const [start, end] = JSON.parse(url.searchParams.get('range') ?? '[0,24]') as [number, number];
  const column = SORTABLE[field];
  const dir = direction.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  if (!column || !Number.isInteger(start) || !Number.isInteger(end) || end < start) return send(res, 400, { statusCode: 400, message: 'bad query' }, requestId);
  const client = await pool.connect();
  try {
    const rows = await client.query(
      `SELECT ${COLUMNS} FROM laureates WHERE archived_at IS NULL ORDER BY ${column} ${dir} ${dir === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST'}, id ${dir} LIMIT $1 OFFSET $2`,
      [end - start + 1, start],
    );
    const total = Number((await client.query('SELECT count(*) AS n FROM laureates WHERE archived_at IS NULL')).rows[0].n);
    const range = rows.rowCount ? `${start}-${start + rows.rowCount - 1}` : '*';
    send(res, 200, rows.rows, { ...requestId, 'Content-Range': `laureates ${range}/${total}` });
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  const given = req.headers['x-request-id'];
  const requestId: Record<string, string> = typeof given === 'string' ? { 'X-Request-Id': given } : {};
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return send(res, 200, { status: 'ok' });
  if (req.method === 'GET' && url.pathname === '/api/laureates') {
    laureates(req, res, url, requestId).catch((error: unknown) => send(res, 500, { statusCode: 500, message: String(error) }, requestId));
    return;
  }
  send(res, 404, { statusCode: 404, message: 'not found' }, requestId);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
