import { z } from 'zod';

/**
 * Every setting the newsroom reads from the environment, validated once. A bad value stops the server with a
 * message naming the variable instead of misbehaving later.
 */
const schema = z.object({
  SITE_URL: z.url({ error: 'SITE_URL must be an absolute URL such as https://newsroom.smart.com' }).default('http://localhost:3000'),
  NEWSROOM_PREVIEW: z.enum(['0', '1'], { error: 'NEWSROOM_PREVIEW must be 0 or 1' }).default('0'),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = {
  siteUrl: parsed.data.SITE_URL.replace(/\/$/, ''),
  preview: parsed.data.NEWSROOM_PREVIEW === '1',
};
