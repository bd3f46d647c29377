import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { queryTextAsBytes } from './text-as-bytes.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Rows `n` = 1…count, each `json` = its number then `unit` repeated `repeat` times. */
const parts = (name?: string) => ({
  ...(name ? { name } : {}),
  text: `SELECT g AS n, g::text || repeat($1::text, $2::int) AS json FROM generate_series(1, $3::int) g ORDER BY g`,
});
const expected = (prefix: string, unit: string, repeat: number, count: number) =>
  Buffer.from(prefix + Array.from({ length: count }, (_, k) => `${k + 1}${unit.repeat(repeat)}`).join(''), 'utf8');

describe('a statement answered as the UTF-8 bytes of its rows joined', () => {
  it('writes the prefix, then every row in order, multi-byte characters included (2, 3 and 4 bytes each)', async () => {
    const unit = 'é’😀a';
    const bytes = await queryTextAsBytes(t.dataSource, { ...parts(), values: [unit, 7, 40] }, 'json', '{"head":1,');
    expect(bytes.equals(expected('{"head":1,', unit, 7, 40))).toBe(true);
  });

  it('grows its buffer when an answer is larger than the last one of the same statement', async () => {
    const name = 'text-as-bytes-growth';
    const small = await queryTextAsBytes(t.dataSource, { ...parts(name), values: ['x', 1, 2] }, 'json', '[');
    expect(small.toString()).toBe('[1x2x');
    // 300 rows of ~3 KB of 3-byte characters: many times the size remembered from the answer before.
    const large = await queryTextAsBytes(t.dataSource, { ...parts(name), values: ['’', 1000, 300] }, 'json', '[');
    expect(large.equals(expected('[', '’', 1000, 300))).toBe(true);
    const smallAgain = await queryTextAsBytes(t.dataSource, { ...parts(name), values: ['y', 2, 3] }, 'json', '');
    expect(smallAgain.toString()).toBe('1yy2yy3yy');
  });

  it('answers the prefix alone when there is no row', async () => {
    expect((await queryTextAsBytes(t.dataSource, { ...parts(), values: ['x', 1, 0] }, 'json', '{}')).toString()).toBe('{}');
  });

  it('throws a failed statement as TypeORM does, and gives its connection back each time', async () => {
    // More failures than the pool has connections: one kept by a failure would leave the last ones waiting forever.
    for (let k = 0; k < 25; k++) {
      const failing = queryTextAsBytes(t.dataSource, { ...parts(k % 2 ? 'text-as-bytes-failing' : undefined), values: ['x', 'not a number', 3] }, 'json', '');
      await expect(failing).rejects.toBeInstanceOf(QueryFailedError);
      await expect(failing).rejects.toMatchObject({ driverError: { code: '22P02' } });
    }
    expect((await queryTextAsBytes(t.dataSource, { ...parts('text-as-bytes-failing'), values: ['z', 1, 2] }, 'json', '')).toString()).toBe('1z2z');
  });
});
