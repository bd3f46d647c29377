import type { ImpactPublicMessages } from './fr.impactPublic';

export const impactPublicEn = {
  resources: {
    'season-publications': {
      name: 'Results publication |||| Results publication',
      empty: 'No season yet.',
      invite: 'Create a season first.',
      page: { edit: 'Publication — %{recordRepresentation}' },
      fields: {
        id: 'Season',
        seasonName: 'Season',
        year: 'Year',
        published: 'Published',
        publishedAt: 'Published on',
        welcomeText: "Booklet's welcome message",
        updatedAt: 'Updated on',
      },
    },
  },
  aic: {
    publication: {
      publish: 'Publish the season',
      unpublish: 'Withdraw the publication',
      publishTitle: 'Publish “%{name}”?',
      unpublishTitle: 'Withdraw the publication of “%{name}”?',
      publishContent:
        "The public page /resultats/%{year} and the season's open data become available to everyone, without signing in. No personal data is in them. You can withdraw the publication.",
      unpublishContent: "The public page /resultats/%{year} and the season's open data will no longer be available (page not found).",
      published: 'Season published',
      unpublished: 'Publication withdrawn',
      failed: 'Failed: %{message}',
      bookletPdf: 'Booklet (PDF)',
      bookletHtml: 'Printable booklet',
      bookletFailed: 'The booklet could not be produced',
      publicPage: 'Public page',
      welcomeHelp: "Opens the season's closing booklet (in French). One paragraph per line.",
    },
  },
} satisfies ImpactPublicMessages;
