import { PARTNERSHIP_STATUSES } from '@aic/domain';
import type { Language } from '../../common/errors/bilingual.js';
import { formatDate, formatEuros, label } from '../../common/pdf/labels.js';
import { TaggedPdf } from '../../common/pdf/tagged-pdf.js';
import type { Briefing } from './committee-briefing.service.js';

// The wording of the briefing page of the admin (aic.briefing.* in its message files).
const WORDS = {
  fr: {
    title: (t: string) => `Dossier de séance — ${t}`,
    agenda: (n: number) => (n === 1 ? '1 lauréat à l’ordre du jour' : `${n} lauréats à l’ordre du jour`),
    carrier: 'Structure porteuse', manager: "Chargé(e) d'accélération", phase: 'Phase', health: 'Santé', presenter: 'Présenté par',
    mission: 'Mission', roadmap: 'Feuille de route',
    axisLine: (axis: string, a: number, at: number, o: number, ot: number) => `${axis} : actions réalisées ${a} sur ${at}, objectifs atteints ${o} sur ${ot}`,
    actionsSince: (d: string) => `Actions réalisées depuis le ${d}`, actionsAll: 'Actions réalisées', noActions: 'Aucune action réalisée sur la période.',
    partners: 'Partenaires publics', noPartners: 'Aucun partenaire public.', pipeline: (c: string) => `Toutes les pistes, par étape : ${c}`,
    requests: 'Demandes', requestedFunding: 'Financement demandé', noRequest: 'Aucune demande formulée.', notes: 'Note de briefing',
    decision: 'Décision', fundingGranted: 'Financement accordé', conditions: 'Conditions', rationale: 'Motifs', none: '—',
  },
  en: {
    title: (t: string) => `Briefing pack — ${t}`,
    agenda: (n: number) => (n === 1 ? '1 laureate on the agenda' : `${n} laureates on the agenda`),
    carrier: 'Carrier organisation', manager: 'Acceleration manager', phase: 'Phase', health: 'Health', presenter: 'Presented by',
    mission: 'Mission', roadmap: 'Roadmap',
    axisLine: (axis: string, a: number, at: number, o: number, ot: number) => `${axis}: actions done ${a} of ${at}, objectives achieved ${o} of ${ot}`,
    actionsSince: (d: string) => `Actions done since ${d}`, actionsAll: 'Actions done', noActions: 'No action done over the period.',
    partners: 'Public partners', noPartners: 'No public partner.', pipeline: (c: string) => `All leads, by stage: ${c}`,
    requests: 'Requests', requestedFunding: 'Funding requested', noRequest: 'No request made.', notes: 'Briefing note',
    decision: 'Decision', fundingGranted: 'Funding granted', conditions: 'Conditions', rationale: 'Reasons', none: '—',
  },
} as const;

/** The briefing pack as a tagged PDF, in the language of the UI that asks for it, with the words of its HTML page. */
export async function renderBriefingPdf(briefing: Briefing, language: Language): Promise<Buffer> {
  const w = WORDS[language];
  const { committee, items } = briefing;
  const pdf = await TaggedPdf.create(w.title(committee.title), language);
  pdf.heading(1, w.title(committee.title));
  const hours = committee.startTime && (committee.endTime ? `${committee.startTime} – ${committee.endTime}` : `${language === 'fr' ? 'à partir de' : 'from'} ${committee.startTime}`);
  const facts = [label(language, 'committeeKinds', committee.kind), committee.heldOn && formatDate(language, committee.heldOn), hours, committee.place].filter(Boolean);
  pdf.paragraph(facts.join(' · '), { muted: true }).paragraph(w.agenda(items.length), { muted: true });

  for (const item of items) {
    const l = item.laureate;
    pdf.heading(2, `${item.position}. ${l.name}`, 1.2);
    if (l.tagline) pdf.paragraph(l.tagline, { italic: true });
    pdf.field(w.carrier, l.carrierName ?? w.none).field(w.manager, l.managerName ?? w.none).field(w.phase, label(language, 'phases', l.phase));
    pdf.field(w.health, `${label(language, 'healths', l.health)}${l.healthReason ? ` — ${l.healthReason}` : ''}`);
    if (item.presenter) pdf.field(w.presenter, item.presenter);
    if (l.mission) pdf.heading(3, w.mission).paragraph(l.mission);
    pdf.heading(3, w.roadmap).list(item.progress.map((p) => w.axisLine(label(language, 'axes', p.axis), p.actionsDone, p.actionsTotal, p.objectivesAchieved, p.objectivesTotal)));
    pdf.heading(3, briefing.since ? w.actionsSince(formatDate(language, briefing.since)) : w.actionsAll);
    if (item.actionsDoneSince.length === 0) pdf.paragraph(w.noActions);
    else pdf.list(item.actionsDoneSince.map((a) => `${a.title} (${label(language, 'axes', a.axis)}, ${formatDate(language, a.doneOn)})`));
    pdf.heading(3, w.partners);
    const pipeline = PARTNERSHIP_STATUSES.filter((s) => item.partnerCounts[s]).map((s) => `${label(language, 'partnershipStatuses', s)} ${item.partnerCounts[s]}`);
    if (item.partners.length === 0) pdf.paragraph(w.noPartners);
    else pdf.list(item.partners.map((p) => `${p.organisationName} (${label(language, 'partnershipStatuses', p.status)})`));
    if (pipeline.length > 0) pdf.paragraph(w.pipeline(pipeline.join(', ')));
    pdf.heading(3, w.requests);
    if (!item.requestedSupport && !item.requestedFunding) pdf.paragraph(w.noRequest);
    if (item.requestedSupport) pdf.paragraph(item.requestedSupport);
    if (item.requestedFunding) pdf.field(w.requestedFunding, formatEuros(language, item.requestedFunding));
    if (item.briefingNotes) pdf.heading(3, w.notes).paragraph(item.briefingNotes);
    if (item.decision) {
      pdf.heading(3, w.decision).paragraph(label(language, 'outcomes', item.decision.outcome));
      pdf.field(w.fundingGranted, formatEuros(language, item.decision.fundingGranted));
      if (item.decision.conditions) pdf.field(w.conditions, item.decision.conditions);
      if (item.decision.rationale) pdf.field(w.rationale, item.decision.rationale);
    }
  }
  return pdf.toBuffer();
}
