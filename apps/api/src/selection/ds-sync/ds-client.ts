/** Where the platform's GraphQL API v2 is and how to call it (from the environment, read at each run). */
export interface DsApiSettings {
  baseUrl: string;
  token: string;
  /** Longest wait asked by a 429 that is honoured (seconds); a longer one fails the run. */
  maxWaitSeconds: number;
  /** 429 answers accepted in one run before it fails. */
  maxRateLimitRetries: number;
}

export function dsApiSettings(env: NodeJS.ProcessEnv = process.env): DsApiSettings | null {
  if (!env.DS_API_URL || !env.DS_API_TOKEN) return null;
  return { baseUrl: env.DS_API_URL.replace(/\/+$/, ''), token: env.DS_API_TOKEN, maxWaitSeconds: 120, maxRateLimitRetries: 10 };
}

/** A failure that ends the run: the data stay as they were. */
export class DsSyncError extends Error {}

export interface DsDossier {
  number: number;
  state: string;
  archived: boolean;
  dateDepot: string;
  dateDerniereModification: string;
  usager: { email: string };
  demandeur:
    | { __typename: 'PersonneMorale'; siret: string; entreprise: { raisonSociale: string } | null; association: { rna: string; titre: string } | null }
    | { __typename: 'PersonnePhysique'; civilite: string | null; nom: string; prenom: string; email: string | null }
    | null;
  champs: { id: string; label: string; stringValue: string | null }[];
}

export interface DsDeletedDossier {
  number: number;
  dateSupression: string;
}

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

const DOSSIERS = `
query Dossiers($number: Int!, $after: String, $updatedSince: ISO8601DateTime) {
  demarche(number: $number) {
    dossiers(first: 100, after: $after, updatedSince: $updatedSince) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number state archived dateDepot dateDerniereModification
        usager { email }
        demandeur {
          __typename
          ... on PersonneMorale { siret entreprise { raisonSociale } association { rna titre } }
          ... on PersonnePhysique { civilite nom prenom email }
        }
        champs { id label stringValue }
      }
    }
  }
}`;

const DELETED = `
query Deleted($number: Int!, $after: String, $deletedSince: ISO8601DateTime) {
  demarche(number: $number) {
    deletedDossiers(first: 100, after: $after, deletedSince: $deletedSince) {
      pageInfo { hasNextPage endCursor }
      nodes { number dateSupression }
    }
  }
}`;

type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls to `POST <base>/api/v2/graphql`; a 429 waits `RateLimit-Reset` seconds, a root-level `errors` is fatal. */
export class DsClient {
  /** 429 answers met during this client's life (a run's). */
  rateLimited = 0;

  constructor(
    private readonly settings: DsApiSettings,
    private readonly wait: Sleep = sleep,
  ) {}

  async dossiers(procedure: number, updatedSince: string | null): Promise<DsDossier[]> {
    return this.allPages<DsDossier>(DOSSIERS, { number: procedure, updatedSince }, (data) => (data as { demarche: { dossiers: Page<DsDossier> } }).demarche.dossiers);
  }

  async deletedDossiers(procedure: number, deletedSince: string | null): Promise<DsDeletedDossier[]> {
    return this.allPages<DsDeletedDossier>(DELETED, { number: procedure, deletedSince }, (data) => (data as { demarche: { deletedDossiers: Page<DsDeletedDossier> } }).demarche.deletedDossiers);
  }

  private async allPages<T>(query: string, variables: Record<string, unknown>, pageOf: (data: unknown) => Page<T>): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10_000; pages++) {
      const page = pageOf(await this.request(query, { ...variables, after }));
      nodes.push(...page.nodes.filter((n) => n !== null));
      if (!page.pageInfo.hasNextPage) return nodes;
      if (!page.pageInfo.endCursor || page.pageInfo.endCursor === after) throw new DsSyncError('Pagination: the API gave no new cursor');
      after = page.pageInfo.endCursor;
    }
    throw new DsSyncError('Pagination: more than 10 000 pages');
  }

  private async request(query: string, variables: Record<string, unknown>): Promise<unknown> {
    for (;;) {
      let response: Response;
      try {
        response = await fetch(`${this.settings.baseUrl}/api/v2/graphql`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${this.settings.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(60_000),
        });
      } catch (error) {
        throw new DsSyncError(`API unreachable: ${(error as Error).message}`);
      }
      if (response.status === 429) {
        await response.body?.cancel();
        if (++this.rateLimited > this.settings.maxRateLimitRetries) throw new DsSyncError(`HTTP 429: still rate limited after ${this.settings.maxRateLimitRetries} waits`);
        const seconds = resetSeconds(response.headers);
        if (seconds > this.settings.maxWaitSeconds) throw new DsSyncError(`HTTP 429: asked to wait ${seconds} s`);
        await this.wait(seconds * 1000);
        continue;
      }
      const text = await response.text();
      if (!response.ok) throw new DsSyncError(`HTTP ${response.status}: ${text.slice(0, 200)}`);
      let body: { data?: unknown; errors?: { message: string }[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new DsSyncError('The API answered something else than JSON');
      }
      if (body.errors?.length) throw new DsSyncError(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
      if (!body.data) throw new DsSyncError('GraphQL: no data');
      return body.data;
    }
  }
}

/** Seconds to wait: `RateLimit-Reset` (seconds), else `Retry-After` (seconds or a date), else 1. */
export function resetSeconds(headers: Headers): number {
  const reset = Number(headers.get('ratelimit-reset'));
  if (headers.get('ratelimit-reset') !== null && Number.isFinite(reset) && reset >= 0) return Math.ceil(reset);
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  return 1;
}
