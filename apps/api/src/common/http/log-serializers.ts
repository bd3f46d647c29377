/**
 * What a request and its answer put in the logs: no headers (tokens) and no query string (searches and filters
 * carry names: personal data that logs must not keep).
 */
export const logSerializers = {
  req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};
