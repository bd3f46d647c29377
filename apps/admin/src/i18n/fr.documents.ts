// Documents attached to laureates, grants, disbursements and committees. en.documents.ts must have exactly the same shape.
export const documentsFr = {
  resources: {
    documents: {
      name: 'Document |||| Documents',
      fields: {
        title: 'Titre',
        kind: 'Nature',
        fileName: 'Fichier',
        size: 'Taille',
        fileVersion: 'Version',
        uploadedAt: 'Déposé le',
        uploadedBy: 'Déposé par',
        file: 'Fichier',
      },
    },
  },
  aic: {
    documentKinds: {
      grant_agreement: 'Convention signée',
      activity_report: "Compte rendu d'activité",
      expense_justification: 'Justificatif de dépenses',
      committee_minutes: 'Compte rendu de comité',
      other: 'Autre',
    },
    documents: {
      title: 'Documents',
      empty: 'Aucun document pour le moment.',
      add: 'Ajouter un document',
      upload: 'Déposer',
      uploading: 'Envoi en cours…',
      uploaded: 'Document déposé',
      titleHint: 'Facultatif : le nom du fichier sinon',
      fileHint: 'PDF, image, document bureautique ou CSV',
      actions: 'Actions',
      download: 'Télécharger',
      downloadNamed: 'Télécharger « %{title} »',
      newVersion: 'Nouvelle version',
      newVersionOf: 'Nouvelle version de « %{title} »',
      versionAdded: 'Nouvelle version déposée',
      versions: 'Versions',
      versionsOf: 'Versions de « %{title} »',
      versionLabel: 'Version %{number}',
      failed: "Le document n'a pas pu être déposé",
      downloadFailed: "Le document n'a pas pu être téléchargé",
      followUp: 'Suivi de la subvention',
    },
    grantFollowUp: {
      agreementSigned: 'Convention signée déposée',
      reportsReceived: "Comptes rendus et justificatifs reçus",
      reportMissing: 'Compte rendu attendu et manquant',
      yes: 'Oui',
      agreementShort: 'Convention déposée',
      reportsShort: '%{smart_count} compte rendu |||| %{smart_count} comptes rendus',
      missingShort: 'Compte rendu manquant',
      no: 'Non',
    },
  },
  deleteContent: 'Le document ne sera plus affiché ; ses fichiers sont conservés pour le journal d’audit.',
};

export type DocumentsMessages = typeof documentsFr;

type Catalogue = { resources: object; aic: { delete: { content: object } } };

/** Adds the documents' messages to a catalogue, merging (not replacing) its `resources`, `aic` and delete texts. */
export const withDocuments = <M extends Catalogue>(messages: M, extra: DocumentsMessages) => ({
  ...messages,
  resources: { ...messages.resources, ...extra.resources },
  aic: {
    ...messages.aic,
    ...extra.aic,
    delete: { ...messages.aic.delete, content: { ...messages.aic.delete.content, documents: extra.deleteContent } },
  },
});

export const withDocumentsFr = <M extends Catalogue>(messages: M) => withDocuments(messages, documentsFr);
