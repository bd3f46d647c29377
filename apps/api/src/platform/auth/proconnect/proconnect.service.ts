import type { LoginResponse, Panel, Role } from '@aic/domain';
import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type * as Oidc from 'openid-client';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../../app-config.provider.js';
import type { RequestUser } from '../../../common/auth/request-user.js';
import { bilingual } from '../../../common/errors/bilingual.js';
import type { AppConfig, ProConnectConfig } from '../../../config.js';
import { AuditService, diffRecords } from '../../audit-events/audit.service.js';
import { SessionsService } from '../sessions.service.js';
import { SignInRefused } from './sign-in-refused.js';

/** A sign-in started must come back within this time (ProConnect's own codes live 30 seconds). */
export const FLOW_MINUTES = 10;
/** The one-time code the admin trades for its session, right after the callback. */
const HANDOFF_SECONDS = 60;
/** Discovery and keys are fetched again after this time, so that a key rotation at ProConnect is followed. */
const DISCOVERY_TTL_MS = 60 * 60 * 1000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
/** At least 32 random characters, as ProConnect requires of state and nonce (32 bytes → 43 characters). */
const random = () => randomBytes(32).toString('base64url');
/** openid-client (with jose and oauth4webapi, ~0.4 MB of heap) is loaded by the first ProConnect call, not with the API (issue 18). */
const openidClient = () => import('openid-client');

interface Account {
  id: number;
  email: string;
  active: boolean;
  roles: Role[];
}

@Injectable()
export class ProConnectService {
  private readonly logger = new Logger('ProConnect');
  private discovery: { at: number; config: Promise<Oidc.Configuration> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.config.proconnect !== null;
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/auth/proconnect/callback`;
  }

  get postLogoutRedirectUri(): string {
    return `${this.config.publicUrl}/api/auth/proconnect/logged-out`;
  }

  get loginPageUrl(): string {
    return `${this.config.publicUrl}/#/login`;
  }

  get secureCookies(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }

  private settings(): ProConnectConfig {
    if (!this.config.proconnect) throw new SignInRefused('not_configured');
    return this.config.proconnect;
  }

  /** The provider's discovery document; a failure is not cached, so the next sign-in tries again. */
  private async provider(): Promise<Oidc.Configuration> {
    const s = this.settings();
    const oidc = await openidClient();
    if (!this.discovery || Date.now() - this.discovery.at > DISCOVERY_TTL_MS) {
      const config = oidc.discovery(
        new URL(s.issuer),
        s.clientId,
        { id_token_signed_response_alg: s.signingAlg, userinfo_signed_response_alg: s.signingAlg },
        oidc.ClientSecretPost(s.clientSecret),
        { execute: s.allowInsecureHttp ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      );
      const entry = { at: Date.now(), config };
      this.discovery = entry;
      config.catch(() => {
        if (this.discovery === entry) this.discovery = null;
      });
    }
    try {
      return await this.discovery.config;
    } catch (cause) {
      this.logger.warn(`discovery at ${s.issuer} failed: ${String(cause)}`);
      throw new SignInRefused('unavailable', null, { cause });
    }
  }

  /** Starts a sign-in: the provider's authorization URL, and the key that binds it to this browser (a cookie). */
  async start(): Promise<{ url: string; browserKey: string }> {
    const s = this.settings();
    const provider = await this.provider();
    const oidc = await openidClient();
    const state = random();
    const nonce = random();
    const browserKey = random();
    await this.dataSource.query(`DELETE FROM proconnect_flows WHERE created_at < now() - interval '1 day'`);
    await this.dataSource.query(`INSERT INTO proconnect_flows (purpose, state, nonce, browser_hash) VALUES ('login', $1, $2, $3)`, [
      state,
      nonce,
      sha256(browserKey),
    ]);
    const url = oidc.buildAuthorizationUrl(provider, { redirect_uri: this.redirectUri, scope: s.scopes, state, nonce });
    return { url: url.href, browserKey };
  }

  /**
   * The provider's redirect back: state checked (once, within FLOW_MINUTES, from the browser that started it), code
   * exchanged server-side, id_token (signature, issuer, audience, nonce) and userinfo (signed JWT, same `sub`)
   * verified by openid-client, then the account matched. Answers a one-time code for the admin's session.
   */
  async callback(search: string, browserKey: string | undefined): Promise<string> {
    const params = new URLSearchParams(search);
    const state = params.get('state') ?? '';
    const [flow]: Array<{ id: string; nonce: string; browser_hash: string }> = await this.dataSource.query(
      `WITH used AS (
         UPDATE proconnect_flows SET used_at = now()
          WHERE purpose = 'login' AND state = $1 AND used_at IS NULL AND created_at > now() - make_interval(mins => $2)
          RETURNING id, nonce, browser_hash)
       SELECT * FROM used`,
      [state, FLOW_MINUTES],
    );
    if (!flow || !browserKey || !sameHash(flow.browser_hash, sha256(browserKey))) throw new SignInRefused('invalid_state');
    if (params.has('error')) {
      this.logger.log(`sign-in refused by the provider: ${params.get('error')} ${params.get('error_description') ?? ''}`);
      throw new SignInRefused('provider_refused');
    }
    const provider = await this.provider();
    const oidc = await openidClient();
    let tokens: Awaited<ReturnType<typeof Oidc.authorizationCodeGrant>>;
    let userinfo: Oidc.UserInfoResponse;
    try {
      tokens = await oidc.authorizationCodeGrant(provider, new URL(`${this.redirectUri}?${search}`), {
        expectedState: state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      userinfo = await oidc.fetchUserInfo(provider, tokens.access_token, tokens.claims()!.sub);
    } catch (cause) {
      throw this.providerFailure(cause, oidc);
    }
    const claims = tokens.claims()!;
    const email = typeof userinfo.email === 'string' ? userinfo.email.trim().normalize('NFC').toLowerCase() : '';
    if (!email.includes('@')) {
      this.logger.warn('userinfo without an e-mail: is the "email" scope granted?');
      throw new SignInRefused('provider_error');
    }
    const outcome = await this.dataSource.transaction((em) => this.matchAccount(em, claims.iss, claims.sub, email, userinfo));
    if (outcome instanceof SignInRefused) throw outcome;
    const handoff = random();
    await this.dataSource.query(`UPDATE proconnect_flows SET user_id = $2, id_token = $3, handoff_hash = $4 WHERE id = $1`, [
      flow.id,
      outcome,
      tokens.id_token,
      sha256(handoff),
    ]);
    return handoff;
  }

  /** Network failures and the provider's 5xx say "down"; anything else is a response that failed a check. */
  private providerFailure(cause: unknown, oidc: typeof Oidc): SignInRefused {
    const status = cause instanceof oidc.ResponseBodyError ? cause.status : undefined;
    const down =
      (cause instanceof Error && ['TimeoutError', 'AbortError'].includes(cause.name)) ||
      (cause instanceof TypeError && /fetch failed/i.test(cause.message)) ||
      (status !== undefined && status >= 500);
    this.logger.warn(`sign-in failed at the provider: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`);
    return new SignInRefused(down ? 'unavailable' : 'provider_error', null, { cause });
  }

  /**
   * The account of a ProConnect identity: by the stored `sub` for this issuer; the first time by the e-mail
   * (lower-cased, then linked); unknown → a new account without a role if its domain is open to self-registration.
   * Returns the user's id, or the refusal to show (a registration commits before it is shown).
   */
  private async matchAccount(em: EntityManager, issuer: string, subject: string, email: string, userinfo: Oidc.UserInfoResponse): Promise<number | SignInRefused> {
    const [linked]: Account[] = await em.query(
      `UPDATE user_identities i SET last_used_at = now() FROM users u
        WHERE i.issuer = $1 AND i.subject = $2 AND u.id = i.user_id
        RETURNING u.id, u.email, u.active, u.roles`,
      [issuer, subject],
    ).then(([rows]: [Account[]]) => rows);
    if (linked) return usable(linked);

    const [byEmail]: Array<Account & { linked_subject: string | null }> = await em.query(
      `SELECT u.id, u.email, u.active, u.roles, i.subject AS linked_subject
         FROM users u LEFT JOIN user_identities i ON i.user_id = u.id AND i.issuer = $2
        WHERE aic_name_key(u.email) = aic_name_key($1)
        FOR UPDATE OF u`,
      [email, issuer],
    );
    if (byEmail) {
      if (byEmail.linked_subject !== null) throw new SignInRefused('identity_conflict', byEmail.email);
      const id = usable(byEmail);
      await em.query(`INSERT INTO user_identities (user_id, issuer, subject, last_used_at) VALUES ($1, $2, $3, now())`, [id, issuer, subject]);
      await this.audit.record(em, selfActor(byEmail), 'users', id, 'update', { proconnect: { before: null, after: 'linked' } });
      return id;
    }

    const domain = email.slice(email.lastIndexOf('@') + 1);
    const [open] = await em.query(`SELECT 1 FROM self_registration_domains WHERE domain = $1`, [domain]);
    if (!open) throw new SignInRefused('unknown_account', email);
    const text = (claim: unknown) => (typeof claim === 'string' ? claim.trim() : '');
    const fullName = [text(userinfo.given_name), text(userinfo.usual_name)].filter(Boolean).join(' ') || email;
    const [{ id }] = await em.query(`INSERT INTO users (email, full_name, roles) VALUES ($1, $2, '{}') RETURNING id`, [email, fullName]);
    await em.query(`INSERT INTO user_identities (user_id, issuer, subject, last_used_at) VALUES ($1, $2, $3, now())`, [id, issuer, subject]);
    await this.audit.record(em, selfActor({ id, email, active: true, roles: [] }), 'users', id, 'create', diffRecords(null, { email, fullName, roles: [], active: true, proconnect: 'linked' }));
    this.logger.log(`account ${id} registered itself through ProConnect (domain ${domain}), waiting for a role`);
    return new SignInRefused('registered', email);
  }

  /**
   * Trades the one-time code of a successful callback for the product's own session (opaque bearer token), in the
   * browser that started the sign-in only (its cookie): a code copied elsewhere opens nothing.
   */
  async openSession(code: string, browserKey: string | undefined): Promise<LoginResponse> {
    const [row]: Array<{ id: number; email: string; full_name: string; roles: Role[]; panel: Panel | null; active: boolean; id_token: string }> = await this.dataSource.query(
      `WITH handed AS (
         UPDATE proconnect_flows SET handed_off_at = now()
          WHERE handoff_hash = $1 AND browser_hash = $3 AND handed_off_at IS NULL AND used_at > now() - make_interval(secs => $2)
          RETURNING user_id, id_token)
       SELECT u.id, u.email, u.full_name, u.roles, u.panel, u.active, h.id_token FROM handed h JOIN users u ON u.id = h.user_id`,
      [sha256(code), HANDOFF_SECONDS, sha256(browserKey ?? '')],
    );
    if (!row || !row.active || row.roles.length === 0) {
      throw new UnauthorizedException({
        message: bilingual('Connexion ProConnect expirée ou déjà utilisée : reconnectez-vous', 'ProConnect sign-in expired or already used: please sign in again'),
      });
    }
    await this.dataSource.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [row.id]);
    const token = await this.sessions.open(row.id, row.id_token);
    return { token, user: { id: row.id, email: row.email, fullName: row.full_name, roles: row.roles, panel: row.panel } };
  }

  /**
   * Ends the product's session, and answers where to send the browser to end the ProConnect one too
   * (end_session_endpoint with id_token_hint, state, post_logout_redirect_uri); null for a password session, or
   * when the provider cannot be reached (the product's session is ended all the same).
   */
  async logout(user: RequestUser): Promise<{ url: string | null }> {
    const [session]: Array<{ id_token: string | null }> = await this.dataSource.query(`SELECT id_token FROM sessions WHERE id = $1`, [user.sessionId]);
    await this.sessions.revoke(user.sessionId);
    if (!session?.id_token || !this.configured) return { url: null };
    const provider = await this.provider().catch(() => null);
    if (!provider) return { url: null };
    const oidc = await openidClient();
    const state = random();
    await this.dataSource.query(`INSERT INTO proconnect_flows (purpose, state) VALUES ('logout', $1)`, [state]);
    const url = oidc.buildEndSessionUrl(provider, { id_token_hint: session.id_token, state, post_logout_redirect_uri: this.postLogoutRedirectUri });
    return { url: url.href };
  }

  /** The provider's redirect after its logout: true when it answers a logout this service asked for. */
  async loggedOut(state: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `WITH used AS (
         UPDATE proconnect_flows SET used_at = now()
          WHERE purpose = 'logout' AND state = $1 AND used_at IS NULL AND created_at > now() - make_interval(mins => $2)
          RETURNING id)
       SELECT * FROM used`,
      [state, FLOW_MINUTES],
    );
    return row !== undefined;
  }
}

/** A known account may sign in if it is active and has a role; else the page says which. */
function usable(account: Account): number {
  if (!account.active) throw new SignInRefused('deactivated', account.email);
  if (account.roles.length === 0) throw new SignInRefused('awaiting_role', account.email);
  return account.id;
}

/** The audit trail names the person who signed in as the author of their own link or registration. */
const selfActor = (account: Account) => ({
  user: { id: account.id, email: account.email, fullName: '', roles: account.roles, panel: null, sessionId: 0 },
  requestId: null,
});
