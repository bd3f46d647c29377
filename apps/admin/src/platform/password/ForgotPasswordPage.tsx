import { type FormEvent, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { PublicPage, postPublic } from './PublicPage';

/** Asks for a forgotten-password link; the answer is the same whether or not the address is an account's. */
export const ForgotPasswordPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setSubmitting(true);
    try {
      const { status, body } = await postPublic('/api/auth/password-reset', { email }, locale);
      if (status === 202) setSentTo(email.trim());
      else if (status === 429) setError(translate('aic.password.tooMany'));
      else setError(body.errors?.email ?? body.message ?? translate('aic.password.unavailable'));
    } catch {
      setError(translate('aic.password.unavailable'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PublicPage title={translate('aic.password.forgotTitle')}>
      {sentTo ? (
        <div className="fr-alert fr-alert--success fr-mb-3w" role="status">
          <p>{translate('aic.password.forgotSent', { email: sentTo })}</p>
        </div>
      ) : (
        <form onSubmit={submit}>
          <p>{translate('aic.password.forgotIntro')}</p>
          <div className={error ? 'fr-input-group fr-input-group--error' : 'fr-input-group'}>
            <label className="fr-label" htmlFor="forgot-email">
              {translate('aic.login.email')}
              <span className="fr-hint-text">{translate('aic.login.emailHint')}</span>
            </label>
            <input
              className="fr-input"
              id="forgot-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby="forgot-error"
            />
          </div>
          <div id="forgot-error" role="alert" className="fr-mb-3w">
            {error && <p className="fr-message fr-message--error">{error}</p>}
          </div>
          <button className="fr-btn" type="submit" disabled={submitting}>
            {translate('aic.password.forgotSubmit')}
          </button>
        </form>
      )}
      <p className="fr-mt-4w">
        <a className="fr-link" href="#/login">
          {translate('aic.password.backToLogin')}
        </a>
      </p>
    </PublicPage>
  );
};
