import { finishSignIn } from '@/lib/cms/oauth-routes';

export const dynamic = 'force-dynamic';
export const GET = finishSignIn;
