import { DEMO_PASSWORD, type Role } from '@aic/domain';
import { useEffect, useState } from 'react';
import { withUiLanguage } from '../i18n/uiLanguage';
import type { Translate } from './loginLanguage';

interface DemoAccount {
  email: string;
  fullName: string;
  roles: Role[];
}

/** Lists the demo accounts when the API runs with demo data (it answers [] otherwise). */
export const DemoAccounts = ({ onPick, translate }: { onPick: (email: string, password: string) => void; translate: Translate }) => {
  const [accounts, setAccounts] = useState<DemoAccount[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/auth/demo-accounts', { signal: controller.signal, headers: withUiLanguage({ Accept: 'application/json' }) })
      .then((response) => (response.ok ? response.json() : []))
      .then((list: unknown) => setAccounts(Array.isArray(list) ? (list as DemoAccount[]) : []))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  if (accounts.length === 0) return null;
  return (
    <section aria-labelledby="demo-accounts-title" className="fr-p-4w" style={{ background: 'var(--background-alt-blue-france)' }}>
      <h2 id="demo-accounts-title" className="fr-h5">
        {translate('aic.login.demoTitle')}
      </h2>
      <p className="fr-text--sm">{translate('aic.login.demoIntro', { password: DEMO_PASSWORD })}</p>
      <ul className="fr-btns-group fr-btns-group--sm">
        {accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              className="fr-btn fr-btn--secondary"
              title={translate('aic.login.useAccount', { name: account.fullName })}
              onClick={() => onPick(account.email, DEMO_PASSWORD)}
              style={{ flexDirection: 'column', alignItems: 'flex-start', textAlign: 'left' }}
            >
              <span>
                <strong>{account.fullName}</strong> — {account.roles.map((role) => translate(`aic.roles.${role}`)).join(', ')}
              </span>
              <span className="fr-text--xs fr-mb-0">{account.email}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};
