import { useLocaleState, useLogin } from 'react-admin';
import { LoginPage } from './LoginPage';

/** The login page inside react-admin (after signing out): its useLogin goes back to the page asked for; a language chosen here is the app's. */
export const AdminLoginPage = () => {
  const login = useLogin();
  const [, setLocale] = useLocaleState();
  return <LoginPage login={login} onLanguageChange={setLocale} />;
};
