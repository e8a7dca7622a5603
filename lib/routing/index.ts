/**
 * The site's route map: the URL builders (paths.ts), the one parser of a path into a route (match.ts) and the rules
 * for whether it exists over a set of facts (exists.ts). Pure: the live facts (live.ts) read the content facade and
 * are imported from there by server code only.
 */
export * from './paths';
export { matchRoute } from './match';
export { archiveExists, canonicalPath, routeExists, type SiteFacts } from './exists';
