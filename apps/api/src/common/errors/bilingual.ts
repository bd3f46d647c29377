import type { FastifyReply, FastifyRequest } from 'fastify';

/** A text of an error answer in both languages of the admin; the exceptions filter keeps the one the client asked for. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

export type Language = keyof Bilingual;

export const bilingual = (fr: string, en: string): Bilingual => ({ fr, en });

export const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && typeof (value as Bilingual).fr === 'string' && typeof (value as Bilingual).en === 'string';

/** A Bilingual in the given language; anything else unchanged. */
export const localize = (value: unknown, language: Language): unknown => (isBilingual(value) ? value[language] : value);

/**
 * English when `Accept-Language` ranks English above French (`en`, `en-GB,en;q=0.9`), French otherwise, also when it
 * names neither (`fr-FR,en;q=0.8`, `de`, none). Equal weights: the first listed wins.
 */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  let best: { language: Language; q: number } | undefined;
  for (const range of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = range.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'fr' && language !== 'en') continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = weight ? Number(weight.slice(2)) : 1;
    if (q > 0 && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? 'fr';
}

/** The language of an error answer, which then varies with `Accept-Language` (kept beside CORS's `Vary: Origin`). */
export function answerLanguage(request: FastifyRequest, reply: FastifyReply): Language {
  const vary = reply.getHeader('vary');
  reply.header('Vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language');
  return negotiateLanguage(request.headers['accept-language']);
}
