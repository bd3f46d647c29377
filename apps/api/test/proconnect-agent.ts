import request from 'supertest';
import type { TestApp } from './test-app.js';

/** The service's public address in the API tests: never fetched, only compared (redirects back to it end a walk). */
export const PUBLIC_URL = 'http://aic.test';

export type Step = { back: URL } | { loginAction: URL } | { page: string; status: number };

/**
 * One browser going through a ProConnect sign-in: its cookies at the provider (a real oidc-provider over HTTP) and
 * the service's binding cookie; the service itself is called through supertest.
 */
export class Agent {
  private readonly providerCookies = new Map<string, string>();
  serviceCookie: string | undefined;

  constructor(private readonly t: TestApp) {}

  /** Clicks the ProConnect button: the provider's authorization URL. */
  async start(): Promise<URL> {
    const res = await request(this.t.http).get('/api/auth/proconnect/login');
    if (res.status !== 302) throw new Error(`login answered ${res.status}: ${res.text}`);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('aic_proconnect='));
    this.serviceCookie = cookie?.split(';')[0].slice('aic_proconnect='.length);
    return new URL(res.headers.location);
  }

  /** Follows the provider's redirects until its login form, a page, or the way back to the service. */
  async follow(url: URL, form?: Record<string, string>): Promise<Step> {
    let current = url;
    let body: URLSearchParams | undefined = form && new URLSearchParams(form);
    for (let hops = 0; hops < 20; hops++) {
      const res = await fetch(current, {
        method: body ? 'POST' : 'GET',
        body,
        redirect: 'manual',
        headers: { cookie: [...this.providerCookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const set of res.headers.getSetCookie()) {
        const [pair] = set.split(';');
        const [name, ...value] = pair.split('=');
        if (/expires=Thu, 01 Jan 1970/i.test(set) || value.join('=') === '') this.providerCookies.delete(name);
        else this.providerCookies.set(name, value.join('='));
      }
      const location = res.headers.get('location');
      if (location) {
        current = new URL(location, current);
        body = undefined;
        if (current.href.startsWith(PUBLIC_URL)) return { back: current };
        continue;
      }
      const html = await res.text();
      const login = html.match(/action="(\/interaction\/[\w-]+\/login)"/);
      if (login) return { loginAction: new URL(login[1], current) };
      // oidc-provider's self-submitting form (a logout without a session at the provider): submit it as a browser would.
      const auto = html.includes('document.forms[0].submit()') && html.match(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/);
      if (auto) {
        current = new URL(auto[1].replace(/&amp;/g, '&'), current);
        body = new URLSearchParams([...auto[2].matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m): [string, string] => [m[1], m[2]]));
        continue;
      }
      return { page: html, status: res.status };
    }
    throw new Error('too many redirects at the provider');
  }

  /** Submits the provider's logout page (the "Se déconnecter" button of its form). */
  async confirmLogout(page: string, at: URL): Promise<Step> {
    const action = page.match(/<form id="op.logoutForm" method="post" action="([^"]+)">/)![1];
    const xsrf = page.match(/name="xsrf" value="([^"]+)"/)![1];
    return this.follow(new URL(action, at), { xsrf, logout: 'yes' });
  }

  /** The provider's redirect to the service's callback, from this browser (with its binding cookie unless told). */
  callback(back: URL, cookie: string | undefined = this.serviceCookie) {
    const call = request(this.t.http).get(back.pathname + back.search);
    return cookie === undefined ? call : call.set('Cookie', `aic_proconnect=${cookie}`);
  }

  /** Button → provider (its login step with `email` when asked) → back at the service's callback. */
  async signIn(email: string, tamper?: (authorizationUrl: URL) => void) {
    const url = await this.start();
    tamper?.(url);
    let step = await this.follow(url);
    if ('loginAction' in step) step = await this.follow(step.loginAction, { email });
    if (!('back' in step)) throw new Error(`the provider did not send the browser back: ${JSON.stringify(step).slice(0, 500)}`);
    return { back: step.back, res: await this.callback(step.back) };
  }

  /** The admin's part after a successful callback: trades the one-time code for the session. */
  async openSession(location: string, cookie: string | undefined = this.serviceCookie) {
    const code = new URL(location).hash.match(/[?&]proconnect=([\w-]+)/)?.[1];
    if (!code) throw new Error(`no one-time code in ${location}`);
    const call = request(this.t.http).post('/api/auth/proconnect/session');
    return (cookie === undefined ? call : call.set('Cookie', `aic_proconnect=${cookie}`)).send({ code });
  }
}
