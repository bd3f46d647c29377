import type { RefusalReason } from './sign-in-refused.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface PageText {
  title: string;
  /** Paragraphs; `{email}` is replaced by the address ProConnect gave. */
  body: string[];
}

const ASK_ADMIN = 'Si le problème persiste, contactez l’équipe de l’Accélérateur d’initiatives citoyennes.';

/** What the agent reads when a ProConnect sign-in does not open the back-office: what happened, what to do. */
export const PAGES: Record<RefusalReason, PageText> = {
  not_configured: {
    title: 'Connexion ProConnect non disponible',
    body: ['Ce service n’est pas relié à ProConnect. Connectez-vous avec votre adresse e-mail et votre mot de passe.'],
  },
  invalid_state: {
    title: 'Cette tentative de connexion n’est plus valable',
    body: [
      'Le retour de ProConnect ne correspond à aucune connexion en cours dans ce navigateur : le lien a expiré (10 minutes), a déjà servi, ou a été ouvert dans un autre navigateur.',
      'Recommencez la connexion depuis la page de connexion.',
    ],
  },
  provider_refused: {
    title: 'La connexion a été interrompue',
    body: ['ProConnect n’a pas confirmé votre identité (connexion annulée, refusée ou session expirée).', 'Recommencez la connexion depuis la page de connexion.', ASK_ADMIN],
  },
  provider_error: {
    title: 'La connexion n’a pas pu être vérifiée',
    body: [
      'La réponse de ProConnect n’a pas passé nos contrôles de sécurité (code déjà utilisé ou expiré, jeton invalide). Aucune session n’a été ouverte.',
      'Recommencez la connexion depuis la page de connexion.',
      ASK_ADMIN,
    ],
  },
  unavailable: {
    title: 'ProConnect ne répond pas',
    body: [
      'Le service ProConnect est momentanément injoignable. Réessayez dans quelques minutes.',
      'Si votre compte a un mot de passe, vous pouvez aussi vous connecter avec votre adresse e-mail et ce mot de passe.',
    ],
  },
  unknown_account: {
    title: 'Aucun compte pour cette adresse',
    body: [
      'ProConnect vous a identifié(e) avec l’adresse {email}, mais aucun compte du back-office de l’Accélérateur d’initiatives citoyennes n’existe pour elle.',
      'Demandez à un administrateur du back-office de vous créer un compte avec cette adresse, puis reconnectez-vous.',
    ],
  },
  deactivated: {
    title: 'Votre compte est désactivé',
    body: ['Le compte du back-office associé à l’adresse {email} a été désactivé.', 'Demandez à un administrateur du back-office de le réactiver.'],
  },
  awaiting_role: {
    title: 'Votre compte attend un rôle',
    body: [
      'Votre compte ({email}) existe, mais aucun rôle ne lui a encore été attribué.',
      'Un administrateur du back-office doit vous en donner un ; vous pourrez ensuite vous connecter.',
    ],
  },
  registered: {
    title: 'Votre compte a été créé',
    body: [
      'Un compte a été créé pour l’adresse {email}, car son domaine est ouvert à l’inscription.',
      'Il n’a encore aucun rôle : un administrateur du back-office doit vous en attribuer un avant votre première connexion.',
    ],
  },
  identity_conflict: {
    title: 'Ce compte est associé à une autre identité ProConnect',
    body: [
      'Le compte du back-office de l’adresse {email} a déjà été utilisé avec une autre identité ProConnect.',
      'Pour votre sécurité, la connexion est refusée. Demandez à un administrateur du back-office de vérifier votre compte.',
    ],
  },
  invalid_logout: {
    title: 'Déconnexion non reconnue',
    body: [
      'Ce retour de ProConnect ne correspond à aucune déconnexion demandée depuis ce service (lien expiré ou déjà utilisé).',
      'Votre session ProConnect est peut-être encore ouverte : fermez votre navigateur sur un poste partagé.',
    ],
  },
};

/** A plain page in French (the agent arrives here from ProConnect, outside the admin), with a way back to the login page. */
export function refusalPage(reason: RefusalReason, email: string | null, loginUrl: string): string {
  const page = PAGES[reason];
  const paragraphs = page.body.map((text) => `<p>${escape(text).replace('{email}', `<strong>${escape(email ?? 'inconnue')}</strong>`)}</p>`);
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(page.title)} — Back-office de l’Accélérateur d’initiatives citoyennes</title>
<style>
body { font-family: Marianne, Arial, sans-serif; color: #161616; margin: 0; line-height: 1.5; }
header { border-bottom: 1px solid #ddd; padding: 1rem 2rem; font-weight: 700; }
main { max-width: 48rem; padding: 2rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1.5rem; }
a { color: #000091; }
</style>
</head>
<body>
<header>République française · Accélérateur d’initiatives citoyennes</header>
<main id="main-content">
<h1>${escape(page.title)}</h1>
${paragraphs.join('\n')}
<p><a href="${escape(loginUrl)}">Retour à la page de connexion</a></p>
</main>
</body>
</html>
`;
}
