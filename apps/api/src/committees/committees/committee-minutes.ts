import type { DecisionOutcome } from '@aic/domain';
import type { EntityManager } from 'typeorm';
import { sumEuros } from '../../common/crud/euros.transformer.js';
import type { Language } from '../../common/errors/bilingual.js';
import { formatDate, formatEuros, label } from '../../common/pdf/labels.js';
import type { Committee } from './committee.entity.js';

const WORDS = {
  fr: {
    title: (t: string) => `Compte rendu — ${t}`,
    held: (kind: string, date: string, place: string | null) => `${kind} réuni le ${date}${place ? `, ${place}` : ''}.`,
    members: 'Membres présents',
    summary: (n: number, granted: string) => `${n === 1 ? '1 lauréat examiné' : `${n} lauréats examinés`} ; financement accordé au total : ${granted}.`,
    funding: 'financement accordé',
    conditions: 'Conditions',
    rationale: 'Motifs',
    draft: 'Projet établi à partir des décisions enregistrées : à relire et compléter.',
  },
  en: {
    title: (t: string) => `Minutes — ${t}`,
    held: (kind: string, date: string, place: string | null) => `${kind} held on ${date}${place ? `, ${place}` : ''}.`,
    members: 'Members present',
    summary: (n: number, granted: string) => `${n === 1 ? '1 laureate reviewed' : `${n} laureates reviewed`}; total funding granted: ${granted}.`,
    funding: 'funding granted',
    conditions: 'Conditions',
    rationale: 'Reasons',
    draft: 'Draft made from the recorded decisions: to be read over and completed.',
  },
} as const;

interface DecidedItem {
  position: number;
  name: string;
  outcome: DecisionOutcome;
  funding_granted: number;
  conditions: string | null;
  rationale: string | null;
}

/**
 * A draft of the committee's minutes ("compte rendu") from its decisions, for the lead to edit; `asDraft: false` leaves
 * out the line saying it is a draft (minutes of a past committee, as the demo data has them).
 */
export async function draftMinutes(em: EntityManager, committee: Committee, heldOn: string, language: Language, { asDraft = true } = {}): Promise<string> {
  const w = WORDS[language];
  const items: DecidedItem[] = await em.query(
    `SELECT ai.position, l.name, d.outcome, d.funding_granted::float8 AS funding_granted, d.conditions, d.rationale
       FROM agenda_items ai JOIN laureates l ON l.id = ai.laureate_id
       JOIN decisions d ON d.committee_id = ai.committee_id AND d.laureate_id = ai.laureate_id
      WHERE ai.committee_id = $1 ORDER BY ai.position, l.name`,
    [committee.id],
  );
  const staff: Array<{ full_name: string }> = await em.query(`SELECT full_name FROM users WHERE id = ANY($1::int[]) ORDER BY full_name`, [committee.memberIds]);
  const members = [...staff.map((s) => s.full_name), ...committee.externalMembers.map((m) => (m.organisation ? `${m.name} (${m.organisation})` : m.name))];
  const lines = [
    w.title(committee.title),
    '',
    w.held(label(language, 'committeeKinds', committee.kind), formatDate(language, heldOn), committee.place),
    ...(members.length > 0 ? [`${w.members}${language === 'fr' ? ' : ' : ': '}${members.join(', ')}.`] : []),
    w.summary(items.length, formatEuros(language, sumEuros(items.map((i) => i.funding_granted)))),
    '',
  ];
  for (const item of items) {
    const funding = item.funding_granted > 0 ? `, ${w.funding} ${formatEuros(language, item.funding_granted)}` : '';
    lines.push(`${item.position}. ${item.name} — ${label(language, 'outcomes', item.outcome)}${funding}`);
    if (item.conditions) lines.push(`   ${w.conditions}${language === 'fr' ? ' : ' : ': '}${item.conditions}`);
    if (item.rationale) lines.push(`   ${w.rationale}${language === 'fr' ? ' : ' : ': '}${item.rationale}`);
  }
  if (asDraft) lines.push('', w.draft);
  return lines.join('\n');
}
