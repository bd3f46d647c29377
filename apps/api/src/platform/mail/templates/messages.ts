import { alertsTotal, type AlertKind } from '@aic/domain';
import { renderMail, type MailContent } from './layout.js';

const PARIS = 'Europe/Paris';
const dateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'long', timeStyle: 'short' });
const time = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, timeStyle: 'short' });
/** A `YYYY-MM-DD` date column as « jeudi 10 décembre 2026 » (read at noon UTC: the same day in Paris). */
export const longDate = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));

const ROLE_NAMES: Record<string, string> = {
  admin: 'administrateur',
  programme_lead: 'pilote du programme',
  acceleration_manager: "chargé d'accélération",
  referent: 'référent',
};

export function invitationMail(to: { fullName: string; email: string; roles: string[] }, link: string, expiresAt: Date): MailContent {
  return renderMail({
    subject: "Votre compte sur le back-office de l'Accélérateur d'Initiatives Citoyennes",
    greeting: to.fullName,
    paragraphs: [
      `Un compte a été créé pour vous sur le back-office de l'Accélérateur d'Initiatives Citoyennes, avec l'adresse ${to.email} (rôle : ${to.roles.map((r) => ROLE_NAMES[r] ?? r).join(', ')}).`,
      'Pour l’activer, choisissez votre mot de passe (au moins 12 caractères) :',
    ],
    action: { label: 'Choisir mon mot de passe', url: link },
    notes: [
      `Ce lien est personnel et ne sert qu’une fois ; il expire le ${dateTime.format(expiresAt)} (heure de Paris). Passé ce délai, demandez une nouvelle invitation à un administrateur.`,
      'Si vous n’attendiez pas ce message, ignorez-le.',
    ],
  });
}

export function passwordResetMail(to: { fullName: string; email: string }, link: string, expiresAt: Date): MailContent {
  return renderMail({
    subject: 'Réinitialisation de votre mot de passe',
    greeting: to.fullName,
    paragraphs: [
      `Une demande de réinitialisation du mot de passe a été faite pour votre compte (${to.email}) sur le back-office de l'Accélérateur d'Initiatives Citoyennes.`,
      'Pour choisir un nouveau mot de passe :',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: link },
    notes: [
      `Ce lien ne sert qu’une fois et expire dans une heure, à ${time.format(expiresAt)} (heure de Paris). Vos sessions ouvertes seront fermées.`,
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
    ],
  });
}

export interface CommitteeForReminder {
  id: number;
  kind: 'acceleration' | 'engagement';
  title: string;
  heldOn: string;
  /** 'HH:MM' in Europe/Paris, or null. */
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  videoLink: string | null;
  /** The laureates on its agenda, in order (names of projects, no person). */
  agenda: string[];
}

const KIND_NAMES = { acceleration: "comité d'accélération", engagement: "comité d'engagement" } as const;

/** A committee's hours in words ("de 14:00 à 17:30", "à 14:00"), or null without them. */
const hoursOf = (c: { startTime: string | null; endTime: string | null }) => (!c.startTime ? null : c.endTime ? `de ${c.startTime} à ${c.endTime}` : `à ${c.startTime}`);

export function committeeReminderMail(to: { fullName: string }, committee: CommitteeForReminder, link: string): MailContent {
  const when = longDate(committee.heldOn);
  return renderMail({
    subject: `Rappel : ${KIND_NAMES[committee.kind]} demain, ${when}`,
    greeting: to.fullName,
    paragraphs: [`Vous participez demain au ${KIND_NAMES[committee.kind]} « ${committee.title} ».`],
    facts: [
      ['Date', when],
      ...(hoursOf(committee) ? ([['Horaire', hoursOf(committee)!]] as Array<[string, string]>) : []),
      ...(committee.place ? ([['Lieu', committee.place]] as Array<[string, string]>) : []),
      ...(committee.videoLink ? ([['Visioconférence', committee.videoLink]] as Array<[string, string]>) : []),
    ],
    list: committee.agenda.length
      ? { title: `Ordre du jour (${committee.agenda.length} lauréat${committee.agenda.length > 1 ? 's' : ''}) :`, items: committee.agenda }
      : { title: 'Ordre du jour :', items: ['pas encore de lauréat inscrit'] },
    action: { label: 'Préparer le comité', url: link },
    notes: ['Le dossier de séance (fiches des lauréats, actions, financements) est à jour dans le back-office.'],
  });
}

/** An alert as the alerts module gives it (impact/alerts), reduced to what the digest says. */
export interface DigestAlert {
  kind: AlertKind;
  laureateName: string;
  title: string | null;
  since: string | null;
  days: number | null;
  /** How many of its kind there are (the most urgent are listed). */
  kindTotal: number;
}

export interface DigestCommittee {
  kind: 'acceleration' | 'engagement';
  title: string;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
}

const DIGEST_SECTIONS: Array<{ kind: DigestAlert['kind']; title: string; line: (a: DigestAlert) => string }> = [
  { kind: 'overdue_action', title: 'Actions en retard', line: (a) => `${a.laureateName} — « ${a.title} » : échéance du ${shortDate(a.since)}, ${days(a.days)} de retard` },
  { kind: 'quiet_laureate', title: 'Lauréats sans échange', line: (a) => `${a.laureateName} : ${a.since ? `dernier échange le ${shortDate(a.since)}` : 'aucun échange'}, il y a ${days(a.days)}` },
  { kind: 'commitment_past_due', title: 'Engagements échus', line: (a) => `${a.laureateName} — « ${a.title} » : attendu le ${shortDate(a.since)}` },
  { kind: 'grant_report_missing', title: 'Rapports de subvention manquants', line: (a) => `${a.laureateName} : rapport attendu le ${shortDate(a.since)}` },
  { kind: 'outcome_survey_to_fill', title: 'Questionnaires de résultats à remplir', line: (a) => `${a.laureateName} : fin d’accompagnement le ${shortDate(a.since)}` },
  { kind: 'outcome_survey_to_validate', title: 'Questionnaires de résultats à valider', line: (a) => `${a.laureateName} : soumis le ${shortDate(a.since)}` },
];

const shortDate = (day: string | null) => (day ? new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS }).format(new Date(`${day}T12:00:00Z`)) : '?');
const days = (n: number | null) => (n === null ? '?' : `${n} jour${n > 1 ? 's' : ''}`);

export function weeklyDigestMail(to: { fullName: string }, alerts: DigestAlert[], committees: DigestCommittee[], links: { home: string; settings: string }): MailContent {
  const lists = DIGEST_SECTIONS.map((section) => ({ section, items: alerts.filter((a) => a.kind === section.kind) }))
    .filter(({ items }) => items.length > 0)
    .map(({ section, items }) => {
      const more = items[0].kindTotal - items.length;
      return { title: `${section.title} (${items[0].kindTotal})`, items: [...items.map(section.line), ...(more > 0 ? [`… et ${more} autre${more > 1 ? 's' : ''}, dans le back-office`] : [])] };
    });
  const total = alertsTotal(alerts);
  if (committees.length > 0) {
    lists.push({ title: 'Comités cette semaine', items: committees.map((c) => `${longDate(c.heldOn)}${hoursOf(c) ? ` ${hoursOf(c)}` : ''} : ${KIND_NAMES[c.kind]} « ${c.title} »`) });
  }
  return renderMail({
    subject: `Votre semaine à l’AIC : ${total} point${total > 1 ? 's' : ''} à traiter`,
    greeting: to.fullName,
    paragraphs: ['Voici ce qui attend une action de votre part dans le back-office, au début de cette semaine.'],
    lists,
    action: { label: 'Ouvrir le back-office', url: links.home },
    notes: [`Vous recevez ce récapitulatif chaque lundi. Pour ne plus le recevoir : ${links.settings}`],
  });
}
