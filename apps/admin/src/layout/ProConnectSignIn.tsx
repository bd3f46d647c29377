import type { SignInMethods } from '@aic/domain';
import ProConnectButton from '@codegouvfr/react-dsfr/ProConnectButton';
import { useEffect, useState } from 'react';
import { withUiLanguage } from '../i18n/uiLanguage';
import type { SignInParams } from '../signIn';
import type { Translate } from './loginLanguage';

/** What the login page offers (GET /api/auth/methods); the password form until the API has said. */
export const useSignInMethods = (): SignInMethods => {
  const [methods, setMethods] = useState<SignInMethods>({ password: true, proconnect: false });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/auth/methods', { signal: controller.signal, headers: withUiLanguage({ Accept: 'application/json' }) })
      .then((response) => (response.ok ? (response.json() as Promise<SignInMethods>) : null))
      .then((answer) => answer && setMethods(answer))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return methods;
};

/** The one-time code the API's callback put in the address (`#/login?proconnect=…`), taken out of it at once. */
const takeReturnCode = (): string | null => {
  const [route, query = ''] = window.location.hash.split('?');
  const code = new URLSearchParams(query).get('proconnect');
  if (code) window.history.replaceState(null, '', `${window.location.pathname}${route}`);
  return code;
};

/** The official ProConnect button (DSFR); back from ProConnect, trades the one-time code for the session. */
export const ProConnectSignIn = ({ login, translate }: { login: (params: SignInParams) => Promise<unknown>; translate: Translate }) => {
  const [error, setError] = useState('');
  useEffect(() => {
    const code = takeReturnCode();
    if (code) login({ proconnectCode: code }).catch((e: Error) => setError(translate(e?.message || 'aic.login.errors.unavailable')));
  }, [login, translate]);

  return (
    <div>
      <ProConnectButton url="/api/auth/proconnect/login" />
      <div role="alert">{error && <p className="fr-message fr-message--error fr-mb-3w">{error}</p>}</div>
    </div>
  );
};
