// A season's publication (public page, open data) and its booklet. en.impactPublic.ts must have exactly the same shape.
export const impactPublicFr = {
  resources: {
    'season-publications': {
      name: 'Publication des résultats |||| Publication des résultats',
      empty: 'Aucune saison pour le moment.',
      invite: 'Créez d’abord une saison.',
      page: { edit: 'Publication — %{recordRepresentation}' },
      fields: {
        id: 'Saison',
        seasonName: 'Saison',
        year: 'Année',
        published: 'Publiée',
        publishedAt: 'Publiée le',
        welcomeText: 'Message de bienvenue du livret',
        updatedAt: 'Modifiée le',
      },
    },
  },
  aic: {
    publication: {
      publish: 'Publier la saison',
      unpublish: 'Retirer la publication',
      publishTitle: 'Publier « %{name} » ?',
      unpublishTitle: 'Retirer la publication de « %{name} » ?',
      publishContent:
        'La page publique /resultats/%{year} et les données ouvertes de la saison deviennent accessibles à tous, sans connexion. Aucune donnée personnelle n’y figure. Vous pourrez retirer la publication.',
      unpublishContent: 'La page publique /resultats/%{year} et les données ouvertes de la saison ne seront plus accessibles (page introuvable).',
      published: 'Saison publiée',
      unpublished: 'Publication retirée',
      failed: 'Échec : %{message}',
      bookletPdf: 'Livret (PDF)',
      bookletHtml: 'Livret à imprimer',
      bookletFailed: 'Le livret n’a pas pu être produit',
      publicPage: 'Page publique',
      welcomeHelp: 'Ouvre le livret de clôture de la saison. Un paragraphe par ligne.',
    },
  },
};

export type ImpactPublicMessages = typeof impactPublicFr;

/** Adds these messages to a catalogue, merging (not replacing) its `resources` and `aic` groups. */
export const withImpactPublic = <M extends { resources: object; aic: object }>(messages: M, extra: ImpactPublicMessages) => ({
  ...messages,
  resources: { ...messages.resources, ...extra.resources },
  aic: { ...messages.aic, ...extra.aic },
});
