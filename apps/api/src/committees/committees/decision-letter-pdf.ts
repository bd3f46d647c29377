import type { BriefingItem } from '@aic/domain';
import type { Language } from '../../common/errors/bilingual.js';
import { formatDate, formatEuros, label } from '../../common/pdf/labels.js';
import { TaggedPdf } from '../../common/pdf/tagged-pdf.js';
import type { Committee } from './committee.entity.js';

const WORDS = {
  fr: {
    title: (kind: string, name: string) => `${kind} — décision concernant ${name}`,
    to: (carrier: string) => `À l’attention de ${carrier},`,
    intro: (kind: string, date: string, name: string) =>
      `Réuni le ${date}, le ${kind.charAt(0).toLowerCase()}${kind.slice(1)} de l’Accélérateur d’Initiatives Citoyennes a examiné l’initiative ${name} et pris la décision suivante.`,
    decision: 'Décision', funding: 'Financement accordé', conditions: 'Conditions', rationale: 'Motifs',
    phase2: (date: string) => `L’accompagnement se poursuit en Phase 2 à compter du ${date}.`,
    ended: 'L’accompagnement par l’Accélérateur s’achève avec cette décision. Merci pour le travail accompli ensemble.',
    signature: 'L’équipe de l’Accélérateur d’Initiatives Citoyennes',
  },
  en: {
    title: (kind: string, name: string) => `${kind} — decision on ${name}`,
    to: (carrier: string) => `To ${carrier},`,
    intro: (kind: string, date: string, name: string) => `Meeting on ${date}, the ${kind.toLowerCase()} of the Citizen Initiatives Accelerator reviewed the initiative ${name} and made the following decision.`,
    decision: 'Decision', funding: 'Funding granted', conditions: 'Conditions', rationale: 'Reasons',
    phase2: (date: string) => `The accompaniment continues in Phase 2 from ${date}.`,
    ended: 'The Accelerator’s accompaniment ends with this decision. Thank you for the work done together.',
    signature: 'The Citizen Initiatives Accelerator team',
  },
} as const;

/** The letter telling a laureate's carrier what the committee decided, in the language of the UI that asks for it. */
export async function renderDecisionLetter(committee: Committee, item: BriefingItem, language: Language): Promise<Buffer> {
  const w = WORDS[language];
  const decision = item.decision!;
  const kind = label(language, 'committeeKinds', committee.kind);
  const date = formatDate(language, committee.heldOn);
  const pdf = await TaggedPdf.create(w.title(kind, item.laureate.name), language);
  pdf.heading(1, w.title(kind, item.laureate.name));
  pdf.paragraph(w.to(item.laureate.carrierName ?? item.laureate.name), { spaceBefore: 1 });
  pdf.paragraph(w.intro(kind, date, item.laureate.name), { spaceBefore: 0.6 });
  pdf.heading(2, w.decision).paragraph(label(language, 'outcomes', decision.outcome));
  if (decision.fundingGranted > 0) pdf.field(w.funding, formatEuros(language, decision.fundingGranted));
  if (decision.conditions) pdf.field(w.conditions, decision.conditions);
  if (decision.rationale) pdf.field(w.rationale, decision.rationale);
  const continues = committee.kind === 'acceleration' && decision.outcome !== 'stop';
  pdf.paragraph(continues ? w.phase2(date) : w.ended, { spaceBefore: 0.8 });
  pdf.paragraph(w.signature, { spaceBefore: 1.5, italic: true });
  return pdf.toBuffer();
}
