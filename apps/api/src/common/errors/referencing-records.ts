import { type Bilingual, bilingual } from './bilingual.js';

/** What a table's rows are called in an error message ("still used by …"), per table that references others. */
const RECORDS: Record<string, Bilingual> = {
  actions: bilingual('des actions', 'actions'),
  agenda_items: bilingual("l'ordre du jour d'un comité", "a committee's agenda"),
  applications: bilingual('des candidatures', 'applications'),
  audit_events: bilingual("le journal d'audit", 'the audit trail'),
  calls: bilingual('des appels à candidatures', 'calls for applications'),
  commitments: bilingual('des engagements', 'commitments'),
  committees: bilingual('des comités', 'committees'),
  contacts: bilingual('des contacts', 'contacts'),
  decisions: bilingual('des décisions', 'decisions'),
  diagnostics: bilingual('un diagnostic', 'a diagnostic'),
  disbursements: bilingual('des versements', 'disbursements'),
  evaluations: bilingual('des évaluations', 'evaluations'),
  evaluator_assignments: bilingual("des affectations d'évaluateurs", 'evaluator assignments'),
  grants: bilingual('des subventions', 'grants'),
  interactions: bilingual('le journal des interactions', 'the interactions journal'),
  laureate_contacts: bilingual("l'équipe d'un lauréat", "a laureate's team"),
  laureates: bilingual('des lauréats', 'laureates'),
  objectives: bilingual('une feuille de route', 'a roadmap'),
  organisations: bilingual('des organisations rattachées', 'child organisations'),
  partnerships: bilingual('des partenariats', 'partnerships'),
  referent_assignments: bilingual('des affectations de référents', 'referent assignments'),
  sessions: bilingual('des sessions ouvertes', 'open sessions'),
};

const SOME_RECORD = bilingual('un autre enregistrement', 'another record');

/** The records of `table` as a message names them, in both languages. */
export const referencingRecords = (table: string | undefined): Bilingual => (table && Object.hasOwn(RECORDS, table) ? RECORDS[table] : SOME_RECORD);

/** The API resource that still references a deleted record (`laureate_contacts` → `laureate-contacts`), if known. */
export const referencingResource = (table: string | undefined): string | null => (table ? table.replace(/_/g, '-') : null);
