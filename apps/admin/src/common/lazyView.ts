import { type ComponentType, lazy } from 'react';

/** React.lazy for a named export: each view becomes its own chunk, loaded on first visit of its route. */
export const lazyView = <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));
