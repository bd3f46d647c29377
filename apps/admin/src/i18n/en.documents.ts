import { type DocumentsMessages, withDocuments } from './fr.documents';

export const documentsEn = {
  resources: {
    documents: {
      name: 'Document |||| Documents',
      fields: {
        title: 'Title',
        kind: 'Kind',
        fileName: 'File',
        size: 'Size',
        fileVersion: 'Version',
        uploadedAt: 'Uploaded on',
        uploadedBy: 'Uploaded by',
        file: 'File',
      },
    },
  },
  aic: {
    documentKinds: {
      grant_agreement: 'Signed agreement',
      activity_report: 'Activity report',
      expense_justification: 'Expense justification',
      committee_minutes: 'Committee minutes',
      other: 'Other',
    },
    documents: {
      title: 'Documents',
      empty: 'No documents yet.',
      add: 'Add a document',
      upload: 'Upload',
      uploading: 'Uploading…',
      uploaded: 'Document uploaded',
      titleHint: "Optional: the file's name otherwise",
      fileHint: 'PDF, image, office document or CSV',
      actions: 'Actions',
      download: 'Download',
      downloadNamed: 'Download “%{title}”',
      newVersion: 'New version',
      newVersionOf: 'New version of “%{title}”',
      versionAdded: 'New version uploaded',
      versions: 'Versions',
      versionsOf: 'Versions of “%{title}”',
      versionLabel: 'Version %{number}',
      failed: 'The document could not be uploaded',
      downloadFailed: 'The document could not be downloaded',
      followUp: 'Grant follow-up',
    },
    grantFollowUp: {
      agreementSigned: 'Signed agreement on file',
      reportsReceived: 'Reports and justifications received',
      reportMissing: 'Report due and missing',
      yes: 'Yes',
      agreementShort: 'Agreement on file',
      reportsShort: '%{smart_count} report |||| %{smart_count} reports',
      missingShort: 'Report missing',
      no: 'No',
    },
  },
  deleteContent: 'The document will no longer be shown; its files are kept for the audit trail.',
} satisfies DocumentsMessages;

export const withDocumentsEn = <M extends Parameters<typeof withDocuments>[0]>(messages: M) => withDocuments(messages, documentsEn);
