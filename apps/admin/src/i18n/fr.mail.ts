// E-mail: the sent-mail log (admins), invitations, forgotten and new passwords. en.mail.ts has the same shape.
export const mailFr = {
  resources: {
    'mail-messages': {
      name: 'Courriel envoyé |||| Courriels envoyés',
      empty: 'Aucun courriel pour le moment.',
      invite: 'Les invitations, liens de mot de passe et rappels de comité apparaîtront ici.',
      page: { create: 'Nouveau courriel', edit: 'Courriel n° %{id}', show: 'Courriel n° %{id}' },
      fields: {
        id: 'Identifiant',
        kind: 'Type',
        recipient: 'Destinataire',
        userId: 'Compte',
        subject: 'Objet',
        status: 'État',
        attempts: 'Tentatives',
        lastError: 'Dernière erreur du serveur',
        createdAt: 'Écrit le',
        updatedAt: 'Modifié le',
        sentAt: 'Envoyé le',
        textBody: 'Texte',
        htmlBody: 'Version mise en forme',
      },
    },
  },
  aic: {
    mailKinds: {
      invitation: 'Invitation',
      password_reset: 'Mot de passe oublié',
      committee_reminder: 'Rappel de comité',
      weekly_digest: 'Récapitulatif hebdomadaire',
    },
    mailStatuses: {
      outbox: 'Boîte d’envoi (pas de serveur SMTP)',
      queued: 'En attente d’envoi',
      retrying: 'Nouvel essai prévu',
      sent: 'Envoyé',
      failed: 'Échec',
    },
    mail: {
      outboxNotice:
        'Sans serveur SMTP configuré, les courriels restent ici : copiez le lien d’une invitation pour la transmettre vous-même.',
      retry: 'Renvoyer',
      retried: 'Le courriel est de nouveau en attente d’envoi.',
      invite: 'Envoyer une nouvelle invitation',
      invited: 'Invitation envoyée à %{email} ; les liens précédents ne fonctionnent plus.',
      inviteHint: 'Laisser vide pour envoyer une invitation par courriel : la personne choisira son mot de passe (lien valable 7 jours).',
    },
    digest: {
      menu: 'Récapitulatif hebdomadaire',
      title: 'Récapitulatif hebdomadaire par courriel',
      intro:
        'Chaque lundi matin, les chargés d’accélération et les pilotes du programme reçoivent ce qui attend une action de leur part (actions en retard, lauréats sans échange, engagements échus, questionnaires de résultats) et les comités de la semaine.',
      label: 'Recevoir le récapitulatif du lundi',
      checked: 'Activé',
      unchecked: 'Désactivé',
      on: 'Vous recevrez le récapitulatif chaque lundi.',
      off: 'Vous ne recevrez plus le récapitulatif.',
    },
    password: {
      forgotTitle: 'Mot de passe oublié',
      forgotIntro: 'Indiquez l’adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe, valable une heure.',
      forgotSubmit: 'Recevoir un lien',
      forgotSent:
        'Si un compte actif utilise l’adresse %{email}, un courriel vient de lui être envoyé. Le lien qu’il contient est valable une heure et ne sert qu’une fois.',
      tooMany: 'Trop de demandes depuis cette adresse. Réessayez dans une heure.',
      unavailable: 'Le service est indisponible. Réessayez plus tard.',
      backToLogin: 'Retour à la connexion',
      setTitleInvitation: 'Activer votre compte',
      setTitleReset: 'Choisir un nouveau mot de passe',
      account: 'Compte : %{name} (%{email})',
      checking: 'Vérification du lien…',
      invalidTitle: 'Lien expiré ou déjà utilisé',
      invalidText:
        'Ce lien n’est plus valable : il a déjà servi, il a expiré ou un lien plus récent l’a remplacé. Demandez un nouveau lien, ou une nouvelle invitation à un administrateur.',
      askNewLink: 'Demander un nouveau lien',
      newPassword: 'Nouveau mot de passe',
      rule: 'Au moins %{min} caractères.',
      confirmation: 'Confirmer le mot de passe',
      tooShort: 'Au moins %{min} caractères.',
      mismatch: 'Les deux mots de passe diffèrent.',
      submit: 'Enregistrer le mot de passe',
      saved: 'Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.',
      login: 'Se connecter',
    },
  },
};

export type MailMessages = typeof mailFr;

/** Adds these messages to a catalogue's `resources` and `aic` groups. */
export const withMail = <M extends { resources: object; aic: object }>(messages: M, extra: MailMessages) => ({
  ...messages,
  resources: { ...messages.resources, ...extra.resources },
  aic: { ...messages.aic, ...extra.aic },
});
