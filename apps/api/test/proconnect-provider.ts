import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload, type Configuration } from 'oidc-provider';

/**
 * A real OpenID provider for the tests (oidc-provider, on which ProConnect's own mock identity provider is built),
 * configured as ProConnect is: its scopes named after its claims (`given_name usual_name email uid siret idp_id`),
 * id_token and userinfo signed (userinfo as a JWT), client_secret_post, no PKCE, RP-initiated logout. No
 * devInteractions: the login step is our own small form, which a test posts to (or a browser fills).
 */

export interface Identity {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  uid: string;
  siret: string;
  idp_id: string;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  alg: 'RS256' | 'ES256';
}

export interface TestProvider {
  issuer: string;
  clients: { rs256: TestClient; es256: TestClient };
  /** The identity the login step answers for an e-mail (defaults derived from it); change a claim to test matching. */
  identity(email: string): Identity;
  setIdentity(email: string, identity: Partial<Identity>): void;
  /** Ends every session at the provider, as its 12-hour sessions end. */
  expireSessions(): void;
  /** How many sessions the provider holds (a logout at the provider ends one). */
  sessionCount(): number;
  close(): Promise<void>;
}

const CLAIMS = ['given_name', 'usual_name', 'email', 'uid', 'siret', 'idp_id'] as const;

/** oidc-provider's storage, in memory and reachable by the test (to expire sessions). */
function memoryAdapter(stores: Map<string, Map<string, { payload: AdapterPayload; expiresAt: number }>>) {
  return class MemoryAdapter implements Adapter {
    private readonly store: Map<string, { payload: AdapterPayload; expiresAt: number }>;
    constructor(name: string) {
      if (!stores.has(name)) stores.set(name, new Map());
      this.store = stores.get(name)!;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      this.store.set(id, { payload, expiresAt: Date.now() + expiresIn * 1000 });
    }
    async find(id: string) {
      const entry = this.store.get(id);
      return entry && entry.expiresAt > Date.now() ? entry.payload : undefined;
    }
    async findByUid(uid: string) {
      for (const [id, entry] of this.store) if (entry.payload.uid === uid) return this.find(id);
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [id, entry] of this.store) if (entry.payload.userCode === userCode) return this.find(id);
      return undefined;
    }
    async consume(id: string) {
      const entry = this.store.get(id);
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      this.store.delete(id);
    }
    async revokeByGrantId(grantId: string) {
      for (const store of stores.values()) for (const [id, entry] of store) if (entry.payload.grantId === grantId) store.delete(id);
    }
  };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const page = (title: string, body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

/** Starts the provider on a free port (or `port`); `redirectBase` is the PUBLIC_URL of the service under test. */
export async function startTestProvider(redirectBase: string, port = 0): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = {
    rs256: { clientId: 'aic-rs256', clientSecret: 'a-test-secret-for-the-rs256-client', alg: 'RS256' },
    es256: { clientId: 'aic-es256', clientSecret: 'a-test-secret-for-the-es256-client', alg: 'ES256' },
  } as const satisfies Record<string, TestClient>;
  const identities = new Map<string, Identity>();
  const identity = (email: string): Identity =>
    identities.get(email) ?? {
      sub: createHash('sha256').update(email).digest('hex'),
      email,
      given_name: 'Camille',
      usual_name: 'Agent',
      uid: '1',
      siret: '13002526500013',
      idp_id: 'fia1v2',
    };
  const byAccountId = (sub: string) => [...identities.values(), ...lastLogins.values()].find((i) => i.sub === sub);
  const lastLogins = new Map<string, Identity>();
  const stores = new Map<string, Map<string, { payload: AdapterPayload; expiresAt: number }>>();

  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const configuration: Configuration = {
    adapter: memoryAdapter(stores),
    clients: Object.values(clients).map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [`${redirectBase}/api/auth/proconnect/callback`],
      post_logout_redirect_uris: [`${redirectBase}/api/auth/proconnect/logged-out`],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: c.alg,
      userinfo_signed_response_alg: c.alg,
    })),
    jwks: { keys: [{ ...rsa, kid: 'rs', alg: 'RS256', use: 'sig' }, { ...ec, kid: 'es', alg: 'ES256', use: 'sig' }] as never },
    cookies: { keys: ['a-test-cookie-key'] },
    claims: { openid: ['sub'], ...Object.fromEntries(CLAIMS.map((claim) => [claim, [claim]])) },
    scopes: ['openid', ...CLAIMS],
    pkce: { required: () => false },
    // ProConnect's lifetimes: 12-hour sessions, 30-second codes, 60-second access tokens.
    ttl: { Session: 12 * 3600, Interaction: 600, Grant: 12 * 3600, AuthorizationCode: 30, AccessToken: 60, IdToken: 60 },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page('Déconnexion de ProConnect', `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter</button>`);
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // No consent screen: ProConnect asks none per service; the requested scopes are granted.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const found = byAccountId(sub);
      return found ? { accountId: sub, claims: async () => ({ ...found }) } : undefined;
    },
  };
  const provider = new Provider(issuer, configuration);
  // The login step: GET shows the form a browser fills; POST …/login signs in whoever the e-mail names, …/abort cancels.
  provider.use(async (ctx, next) => {
    const match = ctx.path.match(/^\/interaction\/([\w-]+)(\/login|\/abort)?$/);
    if (!match) return next();
    const [, uid, action] = match;
    if (!action && ctx.method === 'GET') {
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      ctx.type = 'html';
      ctx.body = page(
        'Connexion à ProConnect (fournisseur de test)',
        `<form method="post" action="/interaction/${escape(details.uid)}/login">
           <label for="email">Adresse e-mail professionnelle</label>
           <input id="email" name="email" type="email" required>
           <button type="submit">Continuer</button>
         </form>
         <form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Annuler</button></form>`,
      );
      return;
    }
    if (ctx.method !== 'POST') return next();
    const form = await readForm(ctx.req);
    const email = form.get('email') ?? '';
    let result;
    if (action === '/login') {
      const found = identity(email);
      lastLogins.set(email, found);
      result = { login: { accountId: found.sub } };
    } else {
      result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
    }
    const redirectTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.redirect(redirectTo);
  });
  const callback = provider.callback();
  server.on('request', callback);

  return {
    issuer,
    clients,
    identity,
    setIdentity: (email, partial) => void identities.set(email, { ...identity(email), ...partial }),
    expireSessions: () => stores.get('Session')?.clear(),
    sessionCount: () => stores.get('Session')?.size ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
