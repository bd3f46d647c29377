/** The admin's French labels of the values that appear in public outputs (same words as its message files). */
export const FR = {
  tracks: { dinum: 'DINUM', ditp: 'DITP' },
  phases: { phase1: 'Phase 1', phase2: 'Phase 2', completed: 'Accompagnement terminé', stopped: 'Arrêté' },
  axes: { consolidate: 'Consolider', integrate: 'Intégrer', deploy: 'Déployer' },
  purposes: {
    deployment: 'Pour le déploiement',
    information_system: 'Pour les systèmes d’information',
    expertise: 'Pour l’expertise',
    funding: 'Pour le financement',
    data: 'Pour les données',
    regulation: 'Pour la réglementation',
    other: 'Autres partenaires',
  },
  partnershipStatuses: { identified: 'Identifié', introduced: 'Mis en relation', meeting_held: 'Rencontre réalisée', agreement: 'Accord', deployed: 'Déployé', dropped: 'Abandonné' },
  organisationKinds: {
    association: 'Association', ministry: 'Ministère', directorate: 'Direction', deconcentrated_service: 'Service déconcentré',
    local_authority: 'Collectivité territoriale', public_agency: 'Agence publique', public_institution: 'Établissement public',
    university: 'Université', company: 'Entreprise', foundation: 'Fondation', other: 'Autre',
  },
  committeeKinds: { acceleration: "Comité d'accélération", engagement: "Comité d'engagement" },
  outcomes: { continue: 'Poursuite', continue_with_conditions: 'Poursuite sous conditions', stop: 'Arrêt' },
  grantPurposes: { hiring: "Aide à l'embauche", technical_infrastructure: 'Infrastructure technique', legal: 'Appui juridique', communication: 'Communication', other: 'Autre' },
  grantStatuses: { proposed: 'Proposée', agreement_signed: 'Convention signée', partially_paid: 'Partiellement versée', paid: 'Versée', closed: 'Soldée' },
} as const;

/** The French label of a value, or the value itself when unknown (own properties only). */
export function fr(group: keyof typeof FR, value: string): string {
  const labels: Record<string, string> = FR[group];
  return Object.hasOwn(labels, value) ? labels[value] : value;
}

/** "60 000 €" with plain spaces (the standard PDF fonts lack the narrow no-break space). */
export const euros = (amount: number): string =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount).replace(/\u202f|\u00a0/g, ' ');

/** "avril 2022" for a 'YYYY-MM-DD' date. */
export const monthYear = (iso: string | null): string | null =>
  iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }) : null;

/** Next steps written one per line as "2022 : …" grouped by year; lines without a year go under null. */
export function stepsByYear(text: string | null): Array<{ year: string | null; steps: string[] }> {
  const groups: Array<{ year: string | null; steps: string[] }> = [];
  for (const raw of (text ?? '').split('\n')) {
    const line = raw.replace(/^[-•*]\s*/, '').trim();
    if (!line) continue;
    const match = /^(\d{4})\s*:\s*(.+)$/u.exec(line);
    const year = match ? match[1] : null;
    const step = match ? match[2] : line;
    const group = groups.find((g) => g.year === year);
    if (group) group.steps.push(step);
    else groups.push({ year, steps: [step] });
  }
  return groups;
}
