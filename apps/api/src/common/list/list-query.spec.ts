import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { parseListQuery } from './list-query.js';
import type { Bilingual } from '../errors/bilingual.js';
import type { ListSpec } from './list-spec.js';

const spec: ListSpec = {
  resource: 'things',
  alias: 't',
  sortable: { id: 't.id', name: 't.name' },
  defaultSort: ['name', 'ASC'],
  filters: { since: { column: 't.since', type: 'date', operator: '>=' }, kind: { column: 't.kind', type: 'enum', values: ['a', 'b'] }, active: { column: 't.active', type: 'boolean' }, ownerId: { column: 't.ownerId', type: 'integer' } },
  search: 't.search',
};

const errorsOf = (raw: Record<string, string>) => {
  try {
    parseListQuery(raw, spec);
  } catch (e) {
    return ((e as BadRequestException).getResponse() as { errors: Record<string, Bilingual> }).errors;
  }
  throw new Error('expected a 400');
};

describe('parseListQuery', () => {
  it('defaults to the spec sort and a first page of 25', () => {
    expect(parseListQuery({}, spec)).toEqual({ sort: ['name', 'ASC'], range: [0, 24], filter: {} });
  });

  it('parses react-admin parameters and normalises values', () => {
    const q = parseListQuery({ sort: '["id","desc"]', range: '[25,49]', filter: '{"kind":["a","b"],"active":"true","ownerId":"7","q":"x","empty":""}' }, spec);
    expect(q).toEqual({ sort: ['id', 'DESC'], range: [25, 49], filter: { kind: ['a', 'b'], active: true, ownerId: 7, q: 'x' } });
  });

  it('sizes the page of a getMany (ids without range) to the ids asked', () => {
    expect(parseListQuery({ filter: '{"id":[1,2,3]}' }, spec).range).toEqual([0, 2]);
  });

  it.each([
    [{ sort: '["secret","ASC"]' }, 'sort'],
    [{ range: '[0,1000]' }, 'range'],
    [{ range: '[0.5,3]' }, 'range'],
    [{ filter: '{"ownerId":"seven"}' }, 'filter.ownerId'],
    [{ filter: '{"active":"maybe"}' }, 'filter.active'],
    [{ filter: '{"kind":"c"}' }, 'filter.kind'],
    [{ filter: '{"q":5}' }, 'filter.q'],
    [{ filter: 'nope' }, 'filter'],
  ])('rejects %j naming %s, in French and English', (raw, field) => {
    expect(errorsOf(raw)[field]).toEqual({ fr: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
  });

  it.each(['__proto__', ...Object.getOwnPropertyNames(Object.prototype)])('refuses the inherited name %s as a sort field and as a filter key', (name) => {
    expect(errorsOf({ sort: JSON.stringify([name, 'ASC']) })).toHaveProperty(['sort']);
    expect(Object.keys(errorsOf({ filter: `{${JSON.stringify(name)}:"x"}` }))[0]).toMatch(/^filter/);
  });

  it.each([
    [{ filter: '{"q":"a\\u0000b"}' }, 'filter.q'],
    [{ filter: '{"q":"a\\nb"}' }, 'filter.q'],
    [{ filter: JSON.stringify({ q: 'x'.repeat(201) }) }, 'filter.q'],
    [{ filter: `{"q":${'['.repeat(40)}${']'.repeat(40)}}` }, 'filter'],
    [{ filter: '{"since":"2026-02-30"}' }, 'filter.since'],
  ])('rejects hostile filter %j naming %s', (raw, field) => {
    expect(errorsOf(raw)).toHaveProperty([field]);
  });

  it('parses fields: distinct names, in their order', () => {
    expect(parseListQuery({ fields: '["name","phase","name"]' }, spec).fields).toEqual(['name', 'phase']);
    expect(parseListQuery({}, spec)).not.toHaveProperty('fields');
  });

  it.each([
    '[]',
    '"name"',
    '{"name":true}',
    '[1]',
    '[""]',
    '["a b"]',
    '["name\\u0000"]',
    '["__proto__"]',
    '["1st"]',
    JSON.stringify(['a'.repeat(64)]),
    JSON.stringify(Array.from({ length: 101 }, (_, i) => `f${i}`)),
    'not json',
  ])('rejects fields=%s naming fields', (fields) => {
    expect(Object.keys(errorsOf({ fields }))).toEqual([expect.stringMatching(/^fields(\.\d+)?$/)]);
  });

  it('refuses q on a resource without search', () => {
    expect(() => parseListQuery({ filter: '{"q":"x"}' }, { ...spec, search: undefined })).toThrow(BadRequestException);
  });
});
