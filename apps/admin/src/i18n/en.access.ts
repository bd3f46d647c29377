import type { AccessMessages } from './fr.access';

// `satisfies` makes a key missing from (or extra to) the French shape fail the build.
export const accessEn = {
  notFound: {
    title: 'Page not found',
    text: 'This address leads to no page of the back-office: it may have changed, or the record was deleted.',
  },
  access: {
    title: 'Access denied',
    page: 'Your role does not allow opening this page.',
    laureateManagerOnly: "Only this laureate's acceleration manager or a programme lead can change it.",
    contactOfAnotherTeam: "This contact belongs to the team of a laureate you do not accompany.",
    home: 'Back to the home page',
    backToLaureate: 'Back to the laureate',
    byRole: {
      admin: 'As an administrator, you manage accounts and reference data.',
      programme_lead: 'As a programme lead, you read and change everything except accounts.',
      acceleration_manager:
        'As an acceleration manager, you read everything and change the laureates you accompany, with what hangs off them.',
      referent: 'As a referent, you read the laureates assigned to you, without changing anything.',
    },
  },
  nav: {
    breadcrumb: 'You are here:',
    search: {
      label: 'Global search',
      placeholder: "Search (/ or Ctrl+K)",
      hint: "Laureates, contacts, organisations and actions. Shortcut: / or Ctrl+K. Up and down arrows to browse the results, Enter to open, Escape to close.",
      results: "Search results",
      searching: "Searching…",
      none: "No results",
      count: "%{smart_count} result |||| %{smart_count} results",
    },
    myLaureates: 'My laureates',
    groups: {
      accompaniment: 'Accompaniment',
      committees: 'Committees and funding',
      directory: 'Directory',
      programme: 'Programme',
      administration: 'Administration',
      impact: 'Impact',
    },
  },
} satisfies AccessMessages;
