import type { LoginMessages } from './fr.login';

export const loginEn = {
  layout: {
    republic: 'République\nfrançaise',
    serviceName: "Accélérateur d'Initiatives Citoyennes",
    tagline: 'Programme back-office',
    home: "Home — Accélérateur d'Initiatives Citoyennes",
    mainMenu: 'Main menu',
    documentTitle: '%{page} — AIC back-office',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with your work email address.',
    email: 'Email address',
    emailHint: 'Expected format: name@domain.fr',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    demoTitle: 'Demo accounts',
    demoIntro: 'Pick an account to fill in the form (password: %{password}).',
    useAccount: 'Use the account of %{name}',
    introProConnect: 'Sign in with ProConnect, the digital identity of State agents.',
    forgotLink: 'Forgotten password?',
    publicResults: 'Published results of the seasons, no account needed (in French)',
    or: 'or',
    errors: {
      invalidCredentials: 'Wrong email address or password.',
      tooManyAttempts: 'Too many sign-in attempts from this address. Wait a few minutes before trying again.',
      deactivated: 'This account is deactivated. Ask an administrator to reactivate it.',
      unavailable: 'The sign-in service is unavailable. Try again later.',
      notLoggedIn: 'You are not signed in.',
      proconnect: 'The ProConnect sign-in expired or was already used. Start again.',
    },
  },
  roles: {
    admin: 'Administrator',
    programme_lead: 'Programme lead',
    acceleration_manager: 'Acceleration manager',
    referent: 'Referent',
    evaluator: "Evaluator (jury or citizens' panel)",
  },
} satisfies LoginMessages;
