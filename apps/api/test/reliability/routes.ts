import request from 'supertest';
import { bearer, type TestApp } from '../test-app.js';

/** Routes as the API itself declares them (its OpenAPI document): a new endpoint is covered without editing a list. */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path (`/api/seasons/{id}`). */
  path: string;
  /** JSON schema of the body, references resolved one level (`components.schemas`). */
  body?: Schema;
}

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  allOf?: Schema[];
}

export async function openApiOperations(http: TestApp['http']): Promise<Operation[]> {
  const res = await request(http).get('/api/docs-json');
  if (res.status !== 200) throw new Error(`OpenAPI document: ${res.status}`);
  const doc = res.body as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>; components?: { schemas?: Record<string, Schema> } };
  const schemas = doc.components?.schemas ?? {};
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(schemas[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema.allOf) return schema.allOf.map(resolve).reduce<Schema>((all, s) => ({ ...all, ...s, properties: { ...all.properties, ...s?.properties }, required: [...(all.required ?? []), ...(s?.required ?? [])] }), {});
    if (!schema.properties) return schema;
    const properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v) ?? {}]));
    return { ...schema, properties };
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      operations.push({ method: method as Operation['method'], path, body: resolve(op.requestBody?.content?.['application/json']?.schema) });
    }
  }
  return operations;
}

/** Every GET without a path parameter that answers a list (a `Content-Range` header): the list protocol's routes. */
export async function listRoutes(http: TestApp['http'], token: string): Promise<string[]> {
  const lists: string[] = [];
  for (const op of await openApiOperations(http)) {
    if (op.method !== 'get' || op.path.includes('{')) continue;
    const res = await request(http).get(op.path).set(bearer(token));
    if (res.headers['content-range']) lists.push(op.path);
  }
  return lists;
}

/** The names a client could use to reach Object.prototype through a lookup. */
export const prototypeNames = (): string[] => Object.getOwnPropertyNames(Object.prototype);

/** Object.prototype's own properties and their values: compared before and after a hostile run. */
export function prototypeSnapshot(): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const name of Reflect.ownKeys(Object.prototype)) snapshot[String(name)] = Object.getOwnPropertyDescriptor(Object.prototype, name)?.value;
  return snapshot;
}

/** The sortable fields and filters of a list, as its own 400 messages name them. */
export async function listVocabulary(http: TestApp['http'], token: string, path: string): Promise<{ sortable: string[]; filters: string[] }> {
  const en = (query: object) => request(http).get(path).query(query).set(bearer(token)).set('Accept-Language', 'en');
  const sort = (await en({ sort: '["~","ASC"]' })).body.message as string;
  const filter = (await en({ filter: '{"~":1}' })).body.message as string;
  const names = (text: string, label: string) => (text.split(`${label}: `)[1] ?? '').split(', ').filter(Boolean);
  return { sortable: names(sort, 'sortable fields'), filters: names(filter, 'available filters') };
}
