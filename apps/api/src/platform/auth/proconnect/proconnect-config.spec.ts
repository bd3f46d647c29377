import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../config.js';

const env = { PROCONNECT_ISSUER: 'https://fca.integ01.dev-agentconnect.fr/api/v2/', PROCONNECT_CLIENT_ID: 'id', PROCONNECT_CLIENT_SECRET: 'secret' };

describe('ProConnect settings (config.ts)', () => {
  it('is off unless set, with password sign-in on and PUBLIC_URL from the port', () => {
    const config = loadConfig({ PORT: '4000' });
    expect(config.proconnect).toBeNull();
    expect(config.passwordSignIn).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:4000');
  });

  it("reads ProConnect's issuer without its trailing slash, the default scopes and RS256", () => {
    expect(loadConfig({ ...env, PUBLIC_URL: 'https://aic.numerique.gouv.fr/', AUTH_PASSWORD: 'false' })).toMatchObject({
      publicUrl: 'https://aic.numerique.gouv.fr',
      passwordSignIn: false,
      proconnect: {
        issuer: 'https://fca.integ01.dev-agentconnect.fr/api/v2',
        scopes: 'openid email given_name usual_name uid siret idp_id',
        signingAlg: 'RS256',
        allowInsecureHttp: false,
      },
    });
    expect(loadConfig({ ...env, PUBLIC_URL: 'https://aic.test', PROCONNECT_SIGNING_ALG: 'es256' }).proconnect?.signingAlg).toBe('ES256');
  });

  it('refuses half a configuration, plain http off this machine, scopes without email, an unknown algorithm', () => {
    expect(() => loadConfig({ PROCONNECT_ISSUER: env.PROCONNECT_ISSUER })).toThrow(/go together/);
    expect(() => loadConfig(env)).toThrow(/PUBLIC_URL must be set/);
    expect(() => loadConfig({ ...env, PROCONNECT_ISSUER: 'http://proconnect.example/api/v2' })).toThrow(/https/);
    expect(loadConfig({ ...env, PROCONNECT_ISSUER: 'http://127.0.0.1:9000' }).proconnect?.allowInsecureHttp).toBe(true);
    expect(() => loadConfig({ ...env, PROCONNECT_SCOPES: 'openid given_name' })).toThrow(/email/);
    expect(() => loadConfig({ ...env, PROCONNECT_SIGNING_ALG: 'HS256' })).toThrow(/RS256, ES256/);
  });
});
