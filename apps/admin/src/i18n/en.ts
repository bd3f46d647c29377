import { loginEn } from './en.login';
import englishMessages from 'ra-language-english';
import { withImports } from './fr.imports';
import { importsEn } from './en.imports';
import { withImpactPublic } from './fr.impactPublic';
import { impactPublicEn } from './en.impactPublic';
import { withAccompanimentEn } from './en.accompaniment';
import { withCommitteesEn } from './en.committees';
import { withSelectionEn } from './en.selection';
import { withImpactEn } from './en.impact';
import { accessEn } from './en.access';
import { withAccess } from './fr.access';
import { mailEn } from './en.mail';
import { withMail } from './fr.mail';
import type { AicMessages } from './fr';
import { withDocumentsEn } from './en.documents';

// `satisfies` makes a key missing from (or extra to) the French shape fail the build.
const aicEn = {
  resources: {
    users: {
      name: 'User |||| Users',
      empty: 'No user yet.',
      invite: 'Do you want to add one?',
      page: {
        create: 'New user',
        edit: 'Account of %{recordRepresentation}',
        show: '%{recordRepresentation}',
      },
      fields: {
        id: 'Id',
        email: 'Email address',
        fullName: 'Full name',
        roles: 'Roles',
        role: 'Role',
        active: 'Active',
        withoutRole: 'Without a role (registered through ProConnect)',
        password: 'Password',
        passwordHash: 'Password',
        lastLoginAt: 'Last login',
        createdAt: 'Created on',
        updatedAt: 'Updated on',
        version: 'Version',
      },
    },
    seasons: {
      name: 'Season |||| Seasons',
      empty: 'No season yet.',
      invite: 'Do you want to add one?',
      page: {
        create: 'New season',
        edit: 'Edit “%{recordRepresentation}”',
        show: '%{recordRepresentation}',
      },
      fields: {
        id: 'Id',
        name: 'Name',
        year: 'Year',
        theme: 'Theme',
        callOpensOn: 'Call opens on',
        callClosesOn: 'Call closes on',
        accompanimentStartsOn: 'Accompaniment starts on',
        accompanimentEndsOn: 'Accompaniment ends on',
        status: 'Status',
        fundingEnvelope: 'Funding envelope (€)',
        notes: 'Notes',
        createdAt: 'Created on',
        updatedAt: 'Updated on',
        version: 'Version',
      },
    },
    organisations: {
      name: 'Organisation |||| Organisations',
      empty: 'No organisation yet.',
      invite: 'Do you want to add one?',
      page: {
        create: 'New organisation',
        edit: 'Edit “%{recordRepresentation}”',
        show: '%{recordRepresentation}',
      },
      fields: {
        id: 'Id',
        name: 'Name',
        kind: 'Kind',
        parentId: 'Parent organisation',
        acronym: 'Acronym',
        territory: 'Territory',
        website: 'Website',
        notes: 'Notes',
        children: 'Child organisations',
        createdAt: 'Created on',
        updatedAt: 'Updated on',
        version: 'Version',
      },
    },
    'self-registration-domains': {
      name: 'Domain open to registration |||| Domains open to registration',
      empty: 'No domain: only accounts created by an administrator sign in with ProConnect.',
      invite: 'Do you want to add one?',
      intro:
        'An agent whose email address is of one of these domains, and who has no account, gets one at their first ProConnect sign-in: without a role, they cannot open anything until an administrator gives them one (Users screen).',
      invalid: 'An email domain, for example modernisation.gouv.fr.',
      page: {
        create: 'New domain open to registration',
        edit: 'Domain %{recordRepresentation}',
        show: 'Domain %{recordRepresentation}',
      },
      fields: {
        id: 'Identifier',
        domain: 'Domain',
        domainHint: 'The part after the @, for example modernisation.gouv.fr (its subdomains are not included).',
        createdAt: 'Added on',
      },
    },
    'audit-events': {
      name: 'Audit event |||| Audit log',
      empty: 'No event in the log yet.',
      invite: 'Changes will show up here.',
      page: {
        create: 'New event',
        edit: 'Event #%{id}',
        show: 'Event #%{id}',
      },
      fields: {
        id: 'Id',
        occurredAt: 'Date',
        actorId: 'Actor',
        actorEmail: 'Actor email',
        resource: 'Resource',
        recordId: 'Record id',
        action: 'Action',
        changes: 'Changes',
        requestId: 'Request id',
      },
    },
  },
  aic: {
    ...loginEn,
    account: {
      menu: 'Change my password',
      title: 'Change my password',
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmation: 'Confirm the new password',
      rule: 'At least %{min} characters. Your other sessions will be closed.',
      tooShort: 'At least %{min} characters',
      mismatch: 'The two passwords differ',
      submit: 'Change the password',
      changed: 'Password changed. Your other sessions have been closed.',
    },
    search: 'Search',
    searchWholeWords: 'Search (whole words)',
    rangeOfAtLeast: '%{from}-%{to} of more than %{total}',
    newWindow: '%{label} — new window',
    actions: 'Actions',
    yes: 'Yes',
    no: 'No',
    system: 'System',
    passwordHint: 'At least %{min} characters.',
    optionalPasswordHint: 'Leave empty for an account that signs in with ProConnect only (otherwise at least %{min} characters).',
    newPasswordHint: 'Leave empty to keep the current password (otherwise at least %{min} characters).',
    administrationPicker: {
      hint: 'Type a few letters of an administration’s name; if it is missing, create it.',
      createItem: 'Create the administration “%{item}”',
      createTitle: 'New administration',
    },
    ownAccountActive: 'You cannot deactivate your own account.',
    parentSearchHint: 'Type a few letters of the name.',
    dateTimePlaceholder: 'dd/mm/yyyy hh:mm',
    dateTimeHint: 'Format dd/mm/yyyy hh:mm.',
    datePlaceholder: 'dd/mm/yyyy',
    delete: {
      title: 'Delete for good: %{kind}',
      content: {
        default: 'Deleting is final; it stays recorded in the audit trail. A record still used elsewhere cannot be deleted.',
        laureates: 'The laureate, its project team and its referent assignments will be deleted. A laureate with a history (roadmap, actions, journal, partnerships, committees, funding) cannot be: end its accompaniment instead.',
        partnerships: 'The partnership leaves the laureate’s pipeline; the journal entries about it stay.',
        contacts: 'The contact’s record will be deleted but stays readable in the audit trail: to erase a person’s data, use “Anonymise” instead.',
        organisations: 'The organisation will be deleted; one still linked to a laureate, a partnership, a contact or a journal entry cannot be.',
        committees: 'The committee and its agenda will be deleted; a committee that already has decisions cannot be.',
        actions: 'The action leaves the roadmap and the laureate’s counts; an abandoned action can be marked “Cancelled” instead.',
      },
    },
    undo: {
      action: 'Undo',
      done: 'Change undone: the previous value is back.',
    },
    dateHint: 'Format dd/mm/yyyy.',
    timeHint: 'Format HH:MM, for example 14:30.',
    validation: {
      dateTime: 'Enter a real date and time as dd/mm/yyyy hh:mm.',
      date: 'Type a real date as dd/mm/yyyy.',
      time: 'Type a time as HH:MM, from 00:00 to 23:59.',
      endTimeNeedsStart: 'An end time needs a start time.',
      endTimeAfterStart: 'The end time comes after the start time.',
      url: 'Enter an address starting with http:// or https://.',
    },
    changes: {
      caption: 'Changed fields',
      field: 'Field',
      before: 'Before',
      after: 'After',
      empty: 'No change recorded.',
    },
    seasonStatuses: {
      draft: 'Draft',
      call_open: 'Call open',
      selection: 'Selection',
      accompaniment: 'Accompaniment',
      closed: 'Closed',
    },
    organisationKinds: {
      association: 'Association',
      ministry: 'Ministry',
      directorate: 'Directorate',
      deconcentrated_service: 'Deconcentrated service',
      local_authority: 'Local authority',
      public_agency: 'Public agency',
      public_institution: 'Public institution',
      university: 'University',
      company: 'Company',
      foundation: 'Foundation',
      other: 'Other',
    },
    auditActions: {
      create: 'Creation',
      update: 'Update',
      delete: 'Deletion',
      export: 'Personal data export',
      anonymise: 'Anonymisation',
      redact: 'Erasure from the audit trail',
    },
  },
} satisfies AicMessages;

export const en = withMail(withImpactPublic(withImports(withDocumentsEn(withAccess(withImpactEn(withSelectionEn(withCommitteesEn(withAccompanimentEn({ ...englishMessages, ...aicEn })))), accessEn)), importsEn), impactPublicEn), mailEn);
