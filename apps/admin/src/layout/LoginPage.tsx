import { useEffect, useRef } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { useHtmlLang } from '../i18n/useHtmlLang';
import { DemoAccounts } from './DemoAccounts';
import { Header } from './Header';
import { LoginForm, type LoginFormHandle } from './LoginForm';
import { ProConnectSignIn, useSignInMethods } from './ProConnectSignIn';

export const LoginPage = () => {
  const translate = useTranslate();
  const form = useRef<LoginFormHandle>(null);
  const methods = useSignInMethods();
  useHtmlLang();
  useEffect(() => {
    document.title = translate('aic.layout.documentTitle', { page: translate('aic.login.title') });
  }, [translate]);

  return (
    <>
      <Header>
        <LocalesMenuButton />
      </Header>
      <main id="main-content" className="fr-container fr-py-6w">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <h1>{translate('aic.login.title')}</h1>
            <p>{translate(methods.password ? 'aic.login.intro' : 'aic.login.introProConnect')}</p>
            {methods.proconnect && <ProConnectSignIn />}
            {methods.proconnect && methods.password && <p className="fr-hr-or">{translate('aic.login.or')}</p>}
            {methods.password && <LoginForm ref={form} />}
            {methods.password && (
              <p className="fr-mt-3w">
                <a className="fr-link" href="#/forgot-password">
                  {translate('aic.password.forgotLink')}
                </a>
              </p>
            )}
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <DemoAccounts onPick={(email, password) => form.current?.fill(email, password)} />
          </div>
        </div>
      </main>
    </>
  );
};
