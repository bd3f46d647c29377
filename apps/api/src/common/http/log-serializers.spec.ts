import { describe, expect, it } from '@jest/globals';
import { logSerializers } from './log-serializers.js';

describe('logSerializers', () => {
  it('keeps the method and path of a request, never its query string nor headers', () => {
    const req = { id: 'r1', method: 'GET', url: '/api/contacts?filter={"q":"dupont"}&range=[0,24]', headers: { authorization: 'Bearer secret' } };
    expect(logSerializers.req(req)).toEqual({ id: 'r1', method: 'GET', url: '/api/contacts' });
  });

  it('keeps only the status of an answer', () => {
    expect(logSerializers.res({ statusCode: 404, headers: { 'set-cookie': 'x' } } as { statusCode: number })).toEqual({ statusCode: 404 });
  });
});
