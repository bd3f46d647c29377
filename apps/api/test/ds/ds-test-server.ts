import { createSchema, createYoga } from 'graphql-yoga';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DsDossier } from '../../src/selection/ds-sync/ds-client.js';

/**
 * A local stand-in for the platform's GraphQL API v2: the real schema subset (`ds-schema.subset.graphql`) served by
 * graphql-yoga, with resolvers over dossiers the test holds. Pages and cursors as the platform's connections.
 */
export interface DsTestServer {
  baseUrl: string;
  token: string;
  dossiers: Map<number, DsDossier & { demarche: number }>;
  deleted: { demarche: number; number: number; dateSupression: string }[];
  /** Requests answered so far (GraphQL operations; 429s included). */
  requests: { status: number; variables: Record<string, unknown> }[];
  /** The next N requests answer 429 with `RateLimit-Reset: resetSeconds`. */
  rateLimit(times: number, resetSeconds: number): void;
  /** The request for page `page` (1-based) of dossiers fails with a root-level GraphQL error. */
  failDossiersPage(page: number | null): void;
  /** Each request waits this long before answering (to hold a run open). */
  delayMs: number;
  close(): Promise<void>;
}

const schemaText = readFileSync(new URL('./ds-schema.subset.graphql', import.meta.url), 'utf8');

export async function startDsTestServer(pageSize = 100): Promise<DsTestServer> {
  const token = 'ds-test-token';
  const dossiers = new Map<number, DsDossier & { demarche: number }>();
  const deleted: DsTestServer['deleted'] = [];
  const requests: DsTestServer['requests'] = [];
  let rateLimits = { times: 0, reset: 1 };
  let failingPage: number | null = null;

  const cursorOf = (index: number) => Buffer.from(`cursor:${index}`).toString('base64');
  const indexOf = (cursor: string | null | undefined) => (cursor ? Number(Buffer.from(cursor, 'base64').toString().split(':')[1]) + 1 : 0);
  function connection<T>(all: T[], args: { first?: number | null; after?: string | null }) {
    const start = indexOf(args.after);
    const size = Math.min(args.first ?? pageSize, pageSize);
    const nodes = all.slice(start, start + size);
    const end = start + nodes.length - 1;
    return {
      nodes,
      edges: nodes.map((node, i) => ({ node, cursor: cursorOf(start + i) })),
      pageInfo: { hasNextPage: end < all.length - 1, hasPreviousPage: start > 0, startCursor: nodes.length ? cursorOf(start) : null, endCursor: nodes.length ? cursorOf(end) : null },
    };
  }

  const schema = createSchema({
    typeDefs: schemaText,
    resolvers: {
      Query: { demarche: (_: unknown, { number }: { number: number }) => ({ number, id: `P${number}`, title: `Démarche ${number}` }) },
      Demarche: {
        dossiers: (demarche: { number: number }, args: { first?: number; after?: string; updatedSince?: string }) => {
          const page = Math.floor(indexOf(args.after) / pageSize) + 1;
          if (failingPage === page) throw new Error(`Erreur interne de la plateforme (page ${page})`);
          const since = args.updatedSince ? Date.parse(args.updatedSince) : null;
          const all = [...dossiers.values()]
            .filter((d) => d.demarche === demarche.number && (since === null || Date.parse(d.dateDerniereModification) >= since))
            .sort((a, b) => Date.parse(a.dateDerniereModification) - Date.parse(b.dateDerniereModification) || a.number - b.number);
          return connection(all, args);
        },
        deletedDossiers: (demarche: { number: number }, args: { first?: number; after?: string; deletedSince?: string }) => {
          const since = args.deletedSince ? Date.parse(args.deletedSince) : null;
          const all = deleted
            .filter((d) => d.demarche === demarche.number && (since === null || Date.parse(d.dateSupression) >= since))
            .map((d) => ({ ...d, id: `D${d.number}`, reason: 'user_request', state: 'en_construction' }));
          return connection(all, args);
        },
      },
      Dossier: { id: (d: DsDossier) => `DOSSIER-${d.number}`, usager: (d: DsDossier) => ({ id: `U${d.number}`, email: d.usager.email }) },
      Demandeur: { __resolveType: (d: { __typename: string }) => d.__typename },
      PersonneMorale: { id: (d: { siret: string }) => `PM${d.siret}` },
      PersonnePhysique: { id: (d: { nom: string }) => `PP${d.nom}` },
      Champ: { __resolveType: () => 'TextChamp' },
    },
  });
  const yoga = createYoga({ schema, graphqlEndpoint: '/api/v2/graphql', logging: false, maskedErrors: false, landingPage: false });

  const server: Server = createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Unauthorized' }] }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const variables = (JSON.parse(body.toString() || '{}') as { variables?: Record<string, unknown> }).variables ?? {};
      const answer = () => {
        if (rateLimits.times > 0) {
          rateLimits.times--;
          requests.push({ status: 429, variables });
          res.writeHead(429, { 'RateLimit-Reset': String(rateLimits.reset), 'Content-Type': 'text/plain' }).end('Too Many Requests');
          return;
        }
        requests.push({ status: 200, variables });
        void (async () => {
          const answer = await yoga.fetch(`http://ds.test${req.url}`, { method: req.method, headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
          res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text());
        })();
      };
      if (handle.delayMs > 0) setTimeout(answer, handle.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: DsTestServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    dossiers,
    deleted,
    requests,
    delayMs: 0,
    rateLimit: (times, reset) => {
      rateLimits = { times, reset };
    },
    failDossiersPage: (page) => {
      failingPage = page;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return handle;
}
