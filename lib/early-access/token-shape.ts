/**
 * The spelling of an early-access link's token, `{grant id}.{MAC}` (./tokens.ts signs and checks it). Apart from the
 * signing so that the route map, which the browser bundles too, can recognise the path without node:crypto.
 */
export const tokenShape = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

/** The grant a well-formed token names, before any check of its MAC; undefined for anything else. */
export function tokenGrantId(token: unknown): string | undefined {
  return typeof token === 'string' ? tokenShape.exec(token)?.[1] : undefined;
}
