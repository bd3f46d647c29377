import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';

// The view indicator_progress: one definition of progress toward target for lists, dashboards, booklet and open data.
describe('indicator_progress (SQL view)', () => {
  let t: TestApp;
  let p: Programme;
  const indicator = async (values: string) => {
    const [row] = await t.asOwner(`INSERT INTO indicators (laureate_id, name, unit, baseline_value, target_value, direction) VALUES ${values} RETURNING id`).then((r) => r.rows);
    return row.id as number;
  };
  const measure = (id: number, value: number, on: string) =>
    t.asOwner(`INSERT INTO measurements (indicator_id, laureate_id, value, measured_on) SELECT id, laureate_id, $2, $3 FROM indicators WHERE id = $1`, [id, value, on]);
  const progress = async (id: number) => (await t.asOwner(`SELECT * FROM indicator_progress WHERE indicator_id = $1`, [id])).rows[0];

  beforeAll(async () => {
    t = await startTestApp();
    p = await seedProgramme(t, 'progress');
  });
  afterAll(() => t.close());

  it('higher is better: the latest measurement by date against baseline and target', async () => {
    const id = await indicator(`(${p.laureates.own}, 'Nouvelles stations météo', 'stations', 0, 5, 'higher_is_better')`);
    await measure(id, 4, '2022-11-01');
    await measure(id, 2, '2022-06-01');
    expect(await progress(id)).toMatchObject({ latest_value: '4.0000', progress_percent: '80.0', target_reached: false });
    await measure(id, 5, '2022-12-01');
    expect(await progress(id)).toMatchObject({ latest_value: '5.0000', progress_percent: '100.0', target_reached: true });
  });

  it('lower is better: going down is progress', async () => {
    const id = await indicator(`(${p.laureates.own}, 'Délai de réponse', 'jours', 40, 10, 'lower_is_better')`);
    await measure(id, 25, '2022-09-01');
    expect(await progress(id)).toMatchObject({ progress_percent: '50.0', target_reached: false });
    await measure(id, 8, '2022-10-01');
    expect(await progress(id)).toMatchObject({ progress_percent: '106.7', target_reached: true });
  });

  it('without measurements: no value, no progress, target not judged', async () => {
    const id = await indicator(`(${p.laureates.own}, 'Jeunes en mission', 'jeunes', 0, 300, 'higher_is_better')`);
    expect(await progress(id)).toMatchObject({ latest_value: null, progress_percent: null, target_reached: null });
  });

  it('refuses a target on the wrong side of the baseline, and a measurement of another laureate', async () => {
    await expect(indicator(`(${p.laureates.own}, 'Mauvais sens', 'x', 10, 5, 'higher_is_better')`)).rejects.toThrow(/CHK_indicators_target_side/);
    const id = await indicator(`(${p.laureates.own}, 'Antennes', 'antennes', 0, 3, 'higher_is_better')`);
    await expect(t.asOwner(`INSERT INTO measurements (indicator_id, laureate_id, value, measured_on) VALUES ($1, $2, 1, '2022-10-01')`, [id, p.laureates.other])).rejects.toThrow(
      /FK_measurements_indicator/,
    );
  });
});
