import { type Bilingual, bilingual } from './bilingual.js';

/** What a table's rows are called in an error message ("still used by …"), per table that references others. */
const RECORDS: Record<string, Bilingual> = {
  actions: bilingual('des actions', 'actions'),
  agenda_items: bilingual("l'ordre du jour d'un comité", "a committee's agenda"),
  application_imports: bilingual('des imports de candidatures', 'application imports'),
  applications: bilingual('des candidatures', 'applications'),
  audit_events: bilingual("le journal d'audit", 'the audit trail'),
  calendar_feeds: bilingual("un abonnement d'agenda", 'a calendar subscription'),
  call_import_mappings: bilingual("la correspondance des colonnes d'un import", "an import's column mapping"),
  calls: bilingual('des appels à candidatures', 'calls for applications'),
  commitments: bilingual('des engagements', 'commitments'),
  committees: bilingual('des comités', 'committees'),
  contacts: bilingual('des contacts', 'contacts'),
  decisions: bilingual('des décisions', 'decisions'),
  diagnostics: bilingual('un diagnostic', 'a diagnostic'),
  disbursements: bilingual('des versements', 'disbursements'),
  document_versions: bilingual("les versions d'un document", "a document's versions"),
  documents: bilingual('des documents', 'documents'),
  ds_syncs: bilingual('une synchronisation Démarches Simplifiées', 'a Démarches Simplifiées sync'),
  evaluations: bilingual('des évaluations', 'evaluations'),
  evaluator_assignments: bilingual("des affectations d'évaluateurs", 'evaluator assignments'),
  grants: bilingual('des subventions', 'grants'),
  indicators: bilingual('des indicateurs', 'indicators'),
  interactions: bilingual('le journal des interactions', 'the interactions journal'),
  laureate_action_counts: bilingual("le décompte des actions d'un lauréat", "a laureate's action counts"),
  laureate_contacts: bilingual("l'équipe d'un lauréat", "a laureate's team"),
  laureate_partner_summaries: bilingual("le résumé des partenaires d'un lauréat", "a laureate's partner summary"),
  laureates: bilingual('des lauréats', 'laureates'),
  mail_messages: bilingual('des courriels envoyés', 'sent e-mails'),
  measurements: bilingual("des mesures d'indicateurs", 'indicator measurements'),
  objectives: bilingual('une feuille de route', 'a roadmap'),
  organisations: bilingual('des organisations rattachées', 'child organisations'),
  outcome_surveys: bilingual('un questionnaire bilan', 'an outcome survey'),
  partnerships: bilingual('des partenariats', 'partnerships'),
  password_tokens: bilingual('des liens de choix du mot de passe', 'password links'),
  proconnect_flows: bilingual('des connexions ProConnect en cours', 'ProConnect sign-ins under way'),
  referent_assignments: bilingual('des affectations de référents', 'referent assignments'),
  season_publications: bilingual("la publication d'une saison", "a season's publication"),
  sessions: bilingual('des sessions ouvertes', 'open sessions'),
  user_identities: bilingual('une identité ProConnect', 'a ProConnect identity'),
};

const SOME_RECORD = bilingual('un autre enregistrement', 'another record');

/** The records of `table` as a message names them, in both languages. */
export const referencingRecords = (table: string | undefined): Bilingual => (table && Object.hasOwn(RECORDS, table) ? RECORDS[table] : SOME_RECORD);

/** The API resource that still references a deleted record (`laureate_contacts` → `laureate-contacts`), if known. */
export const referencingResource = (table: string | undefined): string | null => (table ? table.replace(/_/g, '-') : null);
