import type { EntityManager } from 'typeorm';
import { season1Indicators, season1Laureates, season1Surveys, season2Indicators, season2Surveys, type DemoIndicator } from './data/index.js';
import type { DemoIds } from './seed-demo.js';

const isoDay = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
const day = (when: string | number) => (typeof when === 'number' ? isoDay(when) : when);

/**
 * Impact demo data in bulk SQL (one statement per table): season-1 indicators and measurements from the booklet,
 * validated outcome surveys that give the published programme figures; season 2 under way (draft surveys).
 */
export async function seedImpact(em: EntityManager, ids: DemoIds, laureates: Map<string, number>): Promise<void> {
  const laureate = (key: string) => {
    const id = laureates.get(key);
    if (!id) throw new Error(`impact demo data: unknown laureate ${key}`);
    return id;
  };
  const indicators = [...season1Indicators, ...season2Indicators];
  const rows = indicators.map((i: DemoIndicator) => ({ ...i, laureateId: laureate(i.laureateKey) }));
  const inserted: Array<{ id: number; laureate_id: number; name: string }> = await em.query(
    `INSERT INTO indicators (laureate_id, name, unit, baseline_value, baseline_on, target_value, target_on, direction)
     SELECT r."laureateId", r.name, r.unit, r."baselineValue", r."baselineOn", r."targetValue", r."targetOn", r.direction
       FROM jsonb_to_recordset($1::jsonb) AS r("laureateId" int, name text, unit text, "baselineValue" numeric, "baselineOn" date,
                                              "targetValue" numeric, "targetOn" date, direction text)
     RETURNING id, laureate_id, name`,
    [JSON.stringify(rows)],
  );
  // An indicator's name is unique per laureate (UQ_indicators_laureate_name).
  const idOf = new Map(inserted.map((r) => [`${r.laureate_id}:${r.name}`, r.id]));
  const measurements = rows.flatMap((r) => r.measurements.map(([value, when, source]) => ({ indicatorId: idOf.get(`${r.laureateId}:${r.name}`)!, laureateId: r.laureateId, value, measuredOn: day(when), source })));
  await em.query(
    `INSERT INTO measurements (indicator_id, laureate_id, value, measured_on, source)
     SELECT r."indicatorId", r."laureateId", r.value, r."measuredOn", r.source
       FROM jsonb_to_recordset($1::jsonb) AS r("indicatorId" int, "laureateId" int, value numeric, "measuredOn" date, source text)`,
    [JSON.stringify(measurements)],
  );

  const lead = ids.users.get('pilote@demo.aic.test')!;
  const byKey = new Map(season1Laureates.map((l) => [l.key, l]));
  const s1 = season1Surveys.map((s) => {
    const data = byKey.get(s.laureateKey)!;
    return {
      laureateId: laureate(s.laureateKey),
      monthsSaved: s.monthsSaved,
      autonomy: s.autonomy,
      newPartnersMet: data.partners.length,
      interministerialActions: s.interministerialActions,
      quote: data.quote,
      enabled: data.achievements.map((a) => a.description).join('\n') || null,
      nextSteps: data.nextSteps,
      status: 'validated',
      submittedAt: '2022-12-05T10:00:00Z',
      validatedAt: '2022-12-12T10:00:00Z',
      validatedById: lead,
    };
  });
  const s2 = season2Surveys.map((s) => ({
    laureateId: laureate(s.laureateKey),
    monthsSaved: s.monthsSaved,
    autonomy: s.autonomy,
    newPartnersMet: null,
    interministerialActions: s.interministerialActions,
    quote: null,
    enabled: null,
    nextSteps: null,
    status: 'draft',
    submittedAt: null,
    validatedAt: null,
    validatedById: null,
  }));
  await em.query(
    `INSERT INTO outcome_surveys (laureate_id, months_saved, autonomy_with_administrations, new_partners_met, interministerial_actions, quote,
                                  what_the_accelerator_enabled, next_steps, status, submitted_at, validated_at, validated_by_id)
     SELECT r."laureateId", r."monthsSaved", r.autonomy, r."newPartnersMet", r."interministerialActions", r.quote, r.enabled, r."nextSteps",
            r.status, r."submittedAt", r."validatedAt", r."validatedById"
       FROM jsonb_to_recordset($1::jsonb) AS r("laureateId" int, "monthsSaved" int, autonomy text, "newPartnersMet" int, "interministerialActions" int,
                                              quote text, enabled text, "nextSteps" text, status text, "submittedAt" timestamptz,
                                              "validatedAt" timestamptz, "validatedById" int)`,
    [JSON.stringify([...s1, ...s2])],
  );
}
