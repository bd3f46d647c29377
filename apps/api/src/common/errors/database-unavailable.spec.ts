import { describe, expect, it } from '@jest/globals';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable, OutageLog } from './database-unavailable.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:54329')],
    ['admin shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['starting up', pgError('57P03', 'the database system is starting up')],
    ['connection failure', pgError('08006')],
    ['too many connections', pgError('53300')],
    ['connection lost', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['inside a QueryFailedError', new QueryFailedError('SELECT 1', [], pgError('57P01'))],
    ['as a cause', new Error('outer', { cause: pgError('ECONNRESET') })],
    ['a transaction whose connection died (TypeORM released its runner)', new QueryRunnerAlreadyReleasedError()],
    ['the same, through the EntityManager', new QueryRunnerProviderAlreadyReleasedError()],
    ['inside an AggregateError', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')], 'all failed')],
  ])('%s: yes', (_name, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key'))],
    ['a syntax error', pgError('42601')],
    ['a statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['a plain error', new Error('boom')],
    ['not an error', 'ECONNREFUSED'],
    ['null', null],
  ])('%s: no', (_name, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe('OutageLog', () => {
  it('logs once when the outage starts, then once per period with a count, then once when quiet', async () => {
    const lines: string[] = [];
    const log = new OutageLog({ warn: (m: string) => void lines.push(m) }, 50);
    for (let i = 0; i < 100; i++) log.record(pgError('ECONNREFUSED'));
    expect(lines).toEqual(['database unavailable (ECONNREFUSED): answering 503 until it is back']);
    await new Promise((r) => setTimeout(r, 70));
    expect(lines[1]).toBe('database still unavailable: 99 request(s) answered 503 in the last 0.05 s');
    await new Promise((r) => setTimeout(r, 60));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^no database connection error/);
  });
});
