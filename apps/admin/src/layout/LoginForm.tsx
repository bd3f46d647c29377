import { type FormEvent, type Ref, useImperativeHandle, useRef, useState } from 'react';
import type { SignInParams } from '../signIn';
import type { Translate } from './loginLanguage';

export interface LoginFormHandle {
  fill: (email: string, password: string) => void;
}

export const LoginForm = ({ ref, login, translate }: { ref?: Ref<LoginFormHandle>; login: (params: SignInParams) => Promise<unknown>; translate: Translate }) => {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  // A picked demo account fills the form and moves focus to the submit button.
  useImperativeHandle(ref, () => ({
    fill(nextEmail, nextPassword) {
      setEmail(nextEmail);
      setPassword(nextPassword);
      setError('');
      submitRef.current?.focus();
    },
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setSubmitting(true);
    login({ email, password })
      .catch((e: Error) => setError(translate(e?.message || 'aic.login.errors.unavailable', { _: e?.message })))
      .finally(() => setSubmitting(false));
  };

  const invalid = error ? true : undefined;
  const groupClass = error ? 'fr-input-group fr-input-group--error' : 'fr-input-group';
  return (
    <form onSubmit={submit}>
      <div className={groupClass}>
        <label className="fr-label" htmlFor="login-email">
          {translate('aic.login.email')}
          <span className="fr-hint-text">{translate('aic.login.emailHint')}</span>
        </label>
        <input
          className="fr-input"
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={invalid}
          aria-describedby="login-error"
        />
      </div>
      <div className={groupClass}>
        <label className="fr-label" htmlFor="login-password">
          {translate('aic.login.password')}
        </label>
        <input
          className="fr-input"
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={invalid}
          aria-describedby="login-error"
        />
      </div>
      {/* Always in the DOM so screen readers announce the message when it appears. */}
      <div id="login-error" role="alert" className="fr-mb-3w">
        {error && <p className="fr-message fr-message--error">{error}</p>}
      </div>
      <button ref={submitRef} className="fr-btn" type="submit" disabled={submitting}>
        {translate(submitting ? 'aic.login.submitting' : 'aic.login.submit')}
      </button>
    </form>
  );
};
