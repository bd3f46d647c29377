// The login page's messages: loaded with the login page, before the rest of the app (en.login.ts has the same shape).
export const loginFr = {
  layout: {
    republic: 'République\nfrançaise',
    serviceName: "Accélérateur d'Initiatives Citoyennes",
    tagline: 'Back-office du programme',
    home: "Accueil — Accélérateur d'Initiatives Citoyennes",
    mainMenu: 'Menu principal',
    documentTitle: '%{page} — AIC back-office',
  },
  login: {
    title: 'Connexion',
    intro: 'Connectez-vous avec votre adresse électronique professionnelle.',
    email: 'Adresse électronique',
    emailHint: 'Format attendu : nom@domaine.fr',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion en cours…',
    demoTitle: 'Comptes de démonstration',
    demoIntro: 'Choisissez un compte pour remplir le formulaire (mot de passe : %{password}).',
    useAccount: 'Utiliser le compte %{name}',
    introProConnect: 'Connectez-vous avec ProConnect, l’identité numérique des agents de l’État.',
    forgotLink: 'Mot de passe oublié ?',
    publicResults: 'Résultats publiés des saisons, sans compte',
    or: 'ou',
    errors: {
      invalidCredentials: 'Adresse électronique ou mot de passe incorrect.',
      tooManyAttempts: 'Trop de tentatives de connexion depuis cette adresse. Patientez quelques minutes avant de réessayer.',
      deactivated: 'Ce compte est désactivé. Demandez à un administrateur de le réactiver.',
      unavailable: 'Le service de connexion est indisponible. Réessayez plus tard.',
      notLoggedIn: 'Vous n’êtes pas connecté.',
      proconnect: 'La connexion ProConnect a expiré ou a déjà servi. Recommencez.',
    },
  },
  roles: {
    admin: 'Administrateur',
    programme_lead: 'Pilote du programme',
    acceleration_manager: "Chargé d'accélération",
    referent: 'Référent',
    evaluator: 'Évaluateur (jury ou panel citoyen)',
  },
};

export type LoginMessages = typeof loginFr;
