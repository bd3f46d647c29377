import { MIN_PASSWORD_LENGTH } from '@aic/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router';
import { PublicPage, postPublic } from './PublicPage';

interface Holder {
  email: string;
  fullName: string;
  purpose: 'invitation' | 'password_reset';
}

type State = { step: 'checking' } | { step: 'invalid' } | { step: 'form'; holder: Holder } | { step: 'saved'; holder: Holder };

/** Where the link of an invitation or a forgotten-password e-mail leads: choose the password, once. */
export const SetPasswordPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>({ step: 'checking' });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string; form?: string }>({});
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    postPublic('/api/auth/password-token', { token }, locale)
      .then(({ status, body }) => setState(status === 200 ? { step: 'form', holder: body as unknown as Holder } : { step: 'invalid' }))
      .catch(() => setState({ step: 'invalid' }));
    // The token is read once; a language switch does not check it again.
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.step !== 'form') return;
    const found: typeof errors = {};
    if (password.length < MIN_PASSWORD_LENGTH) found.password = translate('aic.password.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (confirmation !== password) found.confirmation = translate('aic.password.mismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      const { status, body } = await postPublic('/api/auth/password-token/use', { token, password }, locale);
      if (status === 204) setState({ step: 'saved', holder: state.holder });
      else if (status === 400 && body.errors?.password) setErrors({ password: body.errors.password });
      else if (status === 400) setState({ step: 'invalid' });
      else setErrors({ form: body.message ?? translate('aic.password.unavailable') });
    } catch {
      setErrors({ form: translate('aic.password.unavailable') });
    } finally {
      setSubmitting(false);
    }
  };

  if (state.step === 'checking') {
    return (
      <PublicPage title={translate('aic.password.setTitleReset')}>
        <p role="status">{translate('aic.password.checking')}</p>
      </PublicPage>
    );
  }
  if (state.step === 'invalid') {
    return (
      <PublicPage title={translate('aic.password.invalidTitle')}>
        <p>{translate('aic.password.invalidText')}</p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a className="fr-btn" href="#/forgot-password">
              {translate('aic.password.askNewLink')}
            </a>
          </li>
          <li>
            <a className="fr-btn fr-btn--secondary" href="#/login">
              {translate('aic.password.backToLogin')}
            </a>
          </li>
        </ul>
      </PublicPage>
    );
  }
  const { holder } = state;
  const title = translate(holder.purpose === 'invitation' ? 'aic.password.setTitleInvitation' : 'aic.password.setTitleReset');
  if (state.step === 'saved') {
    return (
      <PublicPage title={title}>
        <div className="fr-alert fr-alert--success fr-mb-3w" role="status">
          <p>{translate('aic.password.saved')}</p>
        </div>
        <a className="fr-btn" href="#/login">
          {translate('aic.password.login')}
        </a>
      </PublicPage>
    );
  }
  const group = (error?: string) => (error ? 'fr-input-group fr-input-group--error' : 'fr-input-group');
  return (
    <PublicPage title={title}>
      <p>{translate('aic.password.account', { name: holder.fullName, email: holder.email })}</p>
      <form onSubmit={submit} noValidate>
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" autoComplete="username" value={holder.email} readOnly hidden />
        <div className={group(errors.password)}>
          <label className="fr-label" htmlFor="new-password">
            {translate('aic.password.newPassword')}
            <span className="fr-hint-text">{translate('aic.password.rule', { min: MIN_PASSWORD_LENGTH })}</span>
          </label>
          <input
            className="fr-input"
            id="new-password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby="new-password-error"
          />
          <div id="new-password-error">{errors.password && <p className="fr-error-text">{errors.password}</p>}</div>
        </div>
        <div className={group(errors.confirmation)}>
          <label className="fr-label" htmlFor="confirm-password">
            {translate('aic.password.confirmation')}
          </label>
          <input
            className="fr-input"
            id="confirm-password"
            type="password"
            autoComplete="new-password"
            required
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
            aria-invalid={errors.confirmation ? true : undefined}
            aria-describedby="confirm-password-error"
          />
          <div id="confirm-password-error">{errors.confirmation && <p className="fr-error-text">{errors.confirmation}</p>}</div>
        </div>
        <div role="alert" className="fr-mb-3w">
          {errors.form && <p className="fr-message fr-message--error">{errors.form}</p>}
        </div>
        <button className="fr-btn" type="submit" disabled={submitting}>
          {translate('aic.password.submit')}
        </button>
      </form>
    </PublicPage>
  );
};
