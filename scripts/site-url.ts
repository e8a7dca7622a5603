// First step of `npm run build`: says which public address the build bakes into its pages (and stops it on an
// invalid one, through lib/env.ts), before the minutes of building rather than after.
import { env } from '@/lib/env';
import { siteUrlReport } from '@/lib/routing/site-url';

console.log(siteUrlReport(process.env.SITE_URL, env.siteUrl));
