import { loginFr } from './fr.login';
import frenchMessages from 'ra-language-french';
import { impactPublicFr, withImpactPublic } from './fr.impactPublic';
import { withAccompanimentFr } from './fr.accompaniment';
import { withCommitteesFr } from './fr.committees';
import { withSelectionFr } from './fr.selection';
import { withImpactFr } from './fr.impact';
import { accessFr, withAccess } from './fr.access';
import { withDocumentsFr } from './fr.documents';
import { importsFr, withImports } from './fr.imports';
import { mailFr, withMail } from './fr.mail';

// The application's own keys. en.ts must have exactly the same shape (checked by `tsc`).
export const aicFr = {
  resources: {
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      empty: 'Aucun utilisateur pour le moment.',
      invite: 'Voulez-vous en créer un ?',
      page: {
        create: 'Nouvel utilisateur',
        edit: 'Compte de %{recordRepresentation}',
        show: '%{recordRepresentation}',
      },
      fields: {
        id: 'Identifiant',
        email: 'Adresse électronique',
        fullName: 'Nom complet',
        roles: 'Rôles',
        role: 'Rôle',
        active: 'Actif',
        withoutRole: 'Sans rôle (inscrit par ProConnect)',
        password: 'Mot de passe',
        passwordHash: 'Mot de passe',
        lastLoginAt: 'Dernière connexion',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
        version: 'Version',
      },
    },
    seasons: {
      name: 'Saison |||| Saisons',
      empty: 'Aucune saison pour le moment.',
      invite: 'Voulez-vous en créer une ?',
      page: {
        create: 'Nouvelle saison',
        edit: 'Modifier « %{recordRepresentation} »',
        show: '%{recordRepresentation}',
      },
      fields: {
        id: 'Identifiant',
        name: 'Nom',
        year: 'Année',
        theme: 'Thème',
        callOpensOn: "Ouverture de l'appel",
        callClosesOn: "Clôture de l'appel",
        accompanimentStartsOn: "Début de l'accompagnement",
        accompanimentEndsOn: "Fin de l'accompagnement",
        status: 'Statut',
        fundingEnvelope: 'Enveloppe de financement (€)',
        notes: 'Notes',
        createdAt: 'Créée le',
        updatedAt: 'Modifiée le',
        version: 'Version',
      },
    },
    organisations: {
      name: 'Organisation |||| Organisations',
      empty: 'Aucune organisation pour le moment.',
      invite: 'Voulez-vous en créer une ?',
      page: {
        create: 'Nouvelle organisation',
        edit: 'Modifier « %{recordRepresentation} »',
        show: '%{recordRepresentation}',
      },
      fields: {
        id: 'Identifiant',
        name: 'Nom',
        kind: 'Type',
        parentId: 'Organisation de rattachement',
        acronym: 'Sigle',
        territory: 'Territoire',
        website: 'Site web',
        notes: 'Notes',
        children: 'Organisations rattachées',
        createdAt: 'Créée le',
        updatedAt: 'Modifiée le',
        version: 'Version',
      },
    },
    'self-registration-domains': {
      name: 'Domaine ouvert à l’inscription |||| Domaines ouverts à l’inscription',
      empty: 'Aucun domaine : seuls les comptes créés par un administrateur se connectent avec ProConnect.',
      invite: 'Voulez-vous en ajouter un ?',
      intro:
        'Un agent dont l’adresse électronique est de l’un de ces domaines, et qui n’a pas de compte, en obtient un à sa première connexion ProConnect : sans rôle, il ne peut rien ouvrir tant qu’un administrateur ne lui en donne pas un (écran Utilisateurs).',
      invalid: 'Un domaine d’adresse électronique, par exemple modernisation.gouv.fr.',
      page: {
        create: 'Nouveau domaine ouvert à l’inscription',
        edit: 'Domaine %{recordRepresentation}',
        show: 'Domaine %{recordRepresentation}',
      },
      fields: {
        id: 'Identifiant',
        domain: 'Domaine',
        domainHint: 'La partie après le @, par exemple modernisation.gouv.fr (ses sous-domaines ne sont pas compris).',
        createdAt: 'Ajouté le',
      },
    },
    'audit-events': {
      name: "Événement d'audit |||| Journal d'audit",
      empty: 'Aucun événement dans le journal pour le moment.',
      invite: 'Les modifications apparaîtront ici.',
      page: {
        create: 'Nouvel événement',
        edit: 'Événement n° %{id}',
        show: 'Événement n° %{id}',
      },
      fields: {
        id: 'Identifiant',
        occurredAt: 'Date',
        actorId: 'Auteur',
        actorEmail: "Adresse de l'auteur",
        resource: 'Ressource',
        recordId: "N° d'enregistrement",
        action: 'Action',
        changes: 'Modifications',
        requestId: 'Identifiant de requête',
      },
    },
  },
  aic: {
    ...loginFr,
    account: {
      menu: 'Changer mon mot de passe',
      title: 'Changer mon mot de passe',
      currentPassword: 'Mot de passe actuel',
      newPassword: 'Nouveau mot de passe',
      confirmation: 'Confirmer le nouveau mot de passe',
      rule: 'Au moins %{min} caractères. Vos autres sessions seront fermées.',
      tooShort: 'Au moins %{min} caractères',
      mismatch: 'Les deux mots de passe diffèrent',
      submit: 'Changer le mot de passe',
      changed: 'Mot de passe changé. Vos autres sessions ont été fermées.',
    },
    search: 'Rechercher',
    searchWholeWords: 'Rechercher (mots entiers)',
    rangeOfAtLeast: '%{from}-%{to} sur plus de %{total}',
    newWindow: '%{label} — nouvelle fenêtre',
    actions: 'Actions',
    yes: 'Oui',
    no: 'Non',
    system: 'Système',
    passwordHint: 'Au moins %{min} caractères.',
    optionalPasswordHint: 'Laisser vide pour un compte qui se connecte seulement avec ProConnect (au moins %{min} caractères sinon).',
    newPasswordHint: 'Laisser vide pour conserver le mot de passe actuel (au moins %{min} caractères sinon).',
    administrationPicker: {
      hint: 'Saisissez quelques lettres du nom d’une administration ; absente, créez-la.',
      createItem: 'Créer l’administration « %{item} »',
      createTitle: 'Nouvelle administration',
    },
    ownAccountActive: 'Vous ne pouvez pas désactiver votre propre compte.',
    parentSearchHint: 'Saisissez quelques lettres du nom.',
    dateTimePlaceholder: 'jj/mm/aaaa hh:mm',
    dateTimeHint: 'Format jj/mm/aaaa hh:mm.',
    datePlaceholder: 'jj/mm/aaaa',
    delete: {
      title: 'Supprimer définitivement : %{kind}',
      content: {
        default: 'La suppression est définitive ; elle reste inscrite au journal d’audit. Un enregistrement encore utilisé ailleurs ne peut pas être supprimé.',
        laureates: 'Le lauréat, son équipe projet et ses affectations de référents seront supprimés. Un lauréat qui a un historique (feuille de route, actions, journal, partenariats, comités, financements) ne peut pas l’être : mettez plutôt fin à son accompagnement.',
        partnerships: 'Le partenariat quitte le pipeline du lauréat ; les échanges du journal qui le concernent restent.',
        contacts: 'La fiche du contact sera supprimée mais restera lisible dans le journal d’audit : pour effacer les données d’une personne, utilisez plutôt « Anonymiser ».',
        organisations: 'L’organisation sera supprimée ; une organisation encore liée à un lauréat, un partenariat, un contact ou un échange ne peut pas l’être.',
        committees: 'Le comité et son ordre du jour seront supprimés ; un comité qui a déjà des décisions ne peut pas l’être.',
        actions: 'L’action quitte la feuille de route et les compteurs du lauréat ; une action abandonnée peut plutôt être marquée « Annulée ».',
      },
    },
    undo: {
      action: 'Annuler',
      done: 'Modification annulée : la valeur précédente est rétablie.',
    },
    dateHint: 'Format jj/mm/aaaa.',
    timeHint: 'Format HH:MM, par exemple 14:30.',
    validation: {
      dateTime: 'Saisissez une date et une heure réelles au format jj/mm/aaaa hh:mm.',
      date: 'Saisissez une date réelle au format jj/mm/aaaa.',
      time: 'Saisissez une heure au format HH:MM, de 00:00 à 23:59.',
      endTimeNeedsStart: 'Une heure de fin demande une heure de début.',
      endTimeAfterStart: 'L’heure de fin suit l’heure de début.',
      url: 'Saisissez une adresse commençant par http:// ou https://.',
    },
    changes: {
      caption: 'Champs modifiés',
      field: 'Champ',
      before: 'Avant',
      after: 'Après',
      empty: 'Aucune modification enregistrée.',
    },
    seasonStatuses: {
      draft: 'Brouillon',
      call_open: 'Appel ouvert',
      selection: 'Sélection',
      accompaniment: 'Accompagnement',
      closed: 'Clôturée',
    },
    organisationKinds: {
      association: 'Association',
      ministry: 'Ministère',
      directorate: 'Direction',
      deconcentrated_service: 'Service déconcentré',
      local_authority: 'Collectivité territoriale',
      public_agency: 'Agence publique',
      public_institution: 'Établissement public',
      university: 'Université',
      company: 'Entreprise',
      foundation: 'Fondation',
      other: 'Autre',
    },
    auditActions: {
      create: 'Création',
      update: 'Modification',
      delete: 'Suppression',
      export: 'Export des données personnelles',
      anonymise: 'Anonymisation',
      redact: 'Effacement dans le journal',
    },
  },
};

export type AicMessages = typeof aicFr;

export const fr = withMail(withImpactPublic(withImports(withDocumentsFr(withAccess(withImpactFr(withSelectionFr(withCommitteesFr(withAccompanimentFr({ ...frenchMessages, ...aicFr })))), accessFr)), importsFr), impactPublicFr), mailFr);
