import { z } from 'zod';

/** The query parameters of the alerts' token pages, parsed; anything unexpected is simply absent. */
const params = z.object({
  token: z.string().max(200).optional().catch(undefined),
  status: z.enum(['confirmed', 'saved']).optional().catch(undefined),
  error: z.string().max(40).optional().catch(undefined),
});

export const tokenPageParams = (search: Record<string, string | string[] | undefined>) => params.parse(search);
