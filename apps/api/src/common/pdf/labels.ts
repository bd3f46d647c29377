import type { Language } from '../errors/bilingual.js';

/** The admin's labels of the domain's values, for documents made by the API (the same words as the screens). */
export const LABELS = {
  fr: {
    axes: { consolidate: 'Consolider', integrate: 'Intégrer', deploy: 'Déployer' },
    phases: { phase1: 'Phase 1', phase2: 'Phase 2', completed: 'Accompagnement terminé', stopped: 'Arrêté' },
    healths: { on_track: 'En bonne voie', at_risk: 'À risque', blocked: 'Bloqué' },
    outcomes: { continue: 'Poursuite', continue_with_conditions: 'Poursuite sous conditions', stop: 'Arrêt' },
    committeeKinds: { acceleration: "Comité d'accélération", engagement: "Comité d'engagement" },
    partnershipStatuses: { identified: 'Identifié', introduced: 'Mis en relation', meeting_held: 'Rencontré', agreement: 'Accord', deployed: 'Déployé', dropped: 'Abandonné' },
  },
  en: {
    axes: { consolidate: 'Consolidate', integrate: 'Integrate', deploy: 'Deploy' },
    phases: { phase1: 'Phase 1', phase2: 'Phase 2', completed: 'Accompaniment completed', stopped: 'Stopped' },
    healths: { on_track: 'On track', at_risk: 'At risk', blocked: 'Blocked' },
    outcomes: { continue: 'Continue', continue_with_conditions: 'Continue with conditions', stop: 'Stop' },
    committeeKinds: { acceleration: 'Acceleration committee', engagement: 'Engagement committee' },
    partnershipStatuses: { identified: 'Identified', introduced: 'Introduced', meeting_held: 'Met', agreement: 'Agreement', deployed: 'Deployed', dropped: 'Dropped' },
  },
} as const satisfies Record<Language, Record<string, Record<string, string>>>;

type Group = keyof (typeof LABELS)['fr'];

/** The label of a value, or the value itself when unknown (looked up as an own property only). */
export function label(language: Language, group: Group, value: string): string {
  const labels: Record<string, string> = LABELS[language][group];
  return Object.hasOwn(labels, value) ? labels[value] : value;
}

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** "60 000 €": narrow no-break spaces become plain spaces (not in the standard PDF fonts' WinAnsi encoding). */
export const formatEuros = (language: Language, amount: number): string =>
  new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount).replace(/\u202f|\u00a0/g, ' ');

/** "12 juillet 2022" / "12 July 2022" for a 'YYYY-MM-DD' date. */
export const formatDate = (language: Language, iso: string | null): string =>
  iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '—';
