import { PUBLIC_RESULTS_PATH } from '@aic/domain';
import { useEffect, useRef } from 'react';
import type { UiLanguage } from '../i18n/uiLanguage';
import type { SignInParams } from '../signIn';
import { DemoAccounts } from './DemoAccounts';
import { Header } from './Header';
import { LoginForm, type LoginFormHandle } from './LoginForm';
import { useLoginLanguage } from './loginLanguage';
import { ProConnectSignIn, useSignInMethods } from './ProConnectSignIn';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { fr: 'Français', en: 'English' };

/**
 * The login page, without react-admin nor MUI: a first visit loads only this, its DSFR styles and React (issue 18);
 * `login` signs in and goes on (main.tsx then loads the app; inside the app, react-admin's useLogin).
 */
export const LoginPage = ({ login, onLanguageChange }: { login: (params: SignInParams) => Promise<unknown>; onLanguageChange?: (language: UiLanguage) => void }) => {
  const { language, translate, change } = useLoginLanguage(onLanguageChange);
  const form = useRef<LoginFormHandle>(null);
  const methods = useSignInMethods();
  const other: UiLanguage = language === 'fr' ? 'en' : 'fr';
  useEffect(() => {
    document.title = translate('aic.layout.documentTitle', { page: translate('aic.login.title') });
  }, [translate]);

  return (
    <>
      <Header translate={translate}>
        <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" lang={other} onClick={() => change(other)}>
          {LANGUAGE_NAMES[other]}
        </button>
      </Header>
      <main id="main-content" className="fr-container fr-py-6w">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <h1>{translate('aic.login.title')}</h1>
            <p>{translate(methods.password ? 'aic.login.intro' : 'aic.login.introProConnect')}</p>
            {methods.proconnect && <ProConnectSignIn login={login} translate={translate} />}
            {methods.proconnect && methods.password && <p className="fr-hr-or">{translate('aic.login.or')}</p>}
            {methods.password && <LoginForm ref={form} login={login} translate={translate} />}
            {methods.password && (
              <p className="fr-mt-3w">
                <a className="fr-link" href="#/forgot-password">
                  {translate('aic.login.forgotLink')}
                </a>
              </p>
            )}
            <p className="fr-mt-3w">
              <a className="fr-link" href={`/${PUBLIC_RESULTS_PATH}`} hrefLang="fr">
                {translate('aic.login.publicResults')}
              </a>
            </p>
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <DemoAccounts translate={translate} onPick={(email, password) => form.current?.fill(email, password)} />
          </div>
        </div>
      </main>
    </>
  );
};
