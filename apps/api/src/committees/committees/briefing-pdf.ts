import { PARTNERSHIP_STATUSES } from '@aic/domain';
import PDFDocument from 'pdfkit';
import type { Briefing } from './committee-briefing.service.js';

// French labels of the printed pack (the admin's message files are not available server-side).
const AXIS = { consolidate: 'Consolider', integrate: 'Intégrer', deploy: 'Déployer' } as const;
const PHASE: Record<string, string> = { phase1: 'Phase 1', phase2: 'Phase 2', completed: 'Accompagnement terminé', stopped: 'Arrêté' };
const HEALTH: Record<string, string> = { on_track: 'En bonne voie', at_risk: 'À risque', blocked: 'Bloqué' };
const OUTCOME: Record<string, string> = { continue: 'Poursuite', continue_with_conditions: 'Poursuite sous conditions', stop: 'Arrêt' };
const KIND: Record<string, string> = { acceleration: "Comité d'accélération", engagement: "Comité d'engagement" };
const STATUS: Record<string, string> = {
  identified: 'identifié', introduced: 'mis en relation', meeting_held: 'rencontré', agreement: 'accord', deployed: 'déployé', dropped: 'abandonné',
};

const euros = (amount: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount).replace(/\u202f|\u00a0/g, ' ');
const frenchDate = (iso: string | null) => (iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }) : '—');

/** Renders the briefing pack with pdfkit (standard Helvetica: WinAnsi covers French accents, « » and €). */
export function renderBriefingPdf(briefing: Briefing): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Dossier de séance — ${briefing.committee.title}`, Author: "Accélérateur d'Initiatives Citoyennes" } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { committee, items, summary } = briefing;
  doc.font('Helvetica-Bold').fontSize(18).text(`Dossier de séance — ${committee.title}`);
  doc.font('Helvetica').fontSize(11).fillColor('#3a3a3a')
    .text(`${KIND[committee.kind] ?? committee.kind} · ${frenchDate(committee.heldOn)}${committee.place ? ` · ${committee.place}` : ''}`)
    .text(`${items.length} lauréat(s) à l'ordre du jour · ${summary.decided} décision(s) · financement accordé : ${euros(summary.fundingGranted)} (demandé : ${euros(summary.fundingRequested)})`)
    .fillColor('black');

  for (const item of items) {
    const l = item.laureate;
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(14).text(`${item.position}. ${l.name}`);
    doc.font('Helvetica').fontSize(10).text(`${PHASE[l.phase] ?? l.phase} · Santé : ${HEALTH[l.health] ?? l.health}${l.healthReason ? ` (${l.healthReason})` : ''}`);
    doc.text(`Structure porteuse : ${l.carrierName ?? '—'} · Chargé(e) d'accélération : ${l.managerName ?? '—'}`);
    if (l.mission) doc.moveDown(0.3).font('Helvetica-Oblique').text(l.mission).font('Helvetica');
    doc.moveDown(0.3).font('Helvetica-Bold').text('Feuille de route').font('Helvetica');
    for (const p of item.progress) {
      doc.text(`${AXIS[p.axis]} : ${p.actionsDone}/${p.actionsTotal} actions réalisées, ${p.objectivesAchieved}/${p.objectivesTotal} objectifs atteints`);
    }
    if (item.actionsDoneSince.length > 0) {
      doc.moveDown(0.3).font('Helvetica-Bold').text(briefing.since ? `Actions réalisées depuis le ${frenchDate(briefing.since)}` : 'Actions réalisées').font('Helvetica');
      for (const a of item.actionsDoneSince) doc.text(`• ${a.title} (${AXIS[a.axis]}, ${frenchDate(a.doneOn)})`);
    }
    const pipeline = PARTNERSHIP_STATUSES.filter((status) => item.partnerCounts[status]).map((status) => `${STATUS[status]} : ${item.partnerCounts[status]}`);
    if (pipeline.length > 0) {
      doc.moveDown(0.3).font('Helvetica-Bold').text('Partenaires publics').font('Helvetica');
      if (item.partners.length > 0) doc.text(item.partners.map((p) => `${p.organisationName} (${STATUS[p.status] ?? p.status})`).join(' · '));
      doc.text(`Toutes les pistes, par étape — ${pipeline.join(' · ')}`);
    }
    if (item.requestedSupport || item.requestedFunding) {
      doc.moveDown(0.3).font('Helvetica-Bold').text('Demandes').font('Helvetica');
      if (item.requestedSupport) doc.text(item.requestedSupport);
      if (item.requestedFunding) doc.text(`Financement demandé : ${euros(item.requestedFunding)}`);
    }
    if (item.briefingNotes) doc.moveDown(0.3).font('Helvetica-Bold').text('Note du chargé d’accélération').font('Helvetica').text(item.briefingNotes);
    if (item.decision) {
      doc.moveDown(0.3).font('Helvetica-Bold').text(`Décision : ${OUTCOME[item.decision.outcome] ?? item.decision.outcome} · ${euros(item.decision.fundingGranted)}`).font('Helvetica');
      if (item.decision.conditions) doc.text(`Conditions : ${item.decision.conditions}`);
      if (item.decision.rationale) doc.text(`Motifs : ${item.decision.rationale}`);
    }
  }
  doc.end();
  return done;
}
