/** Polls a URL until it answers with any HTTP status, or fails after `timeoutMs` (or as soon as `gaveUp()`). */
export async function waitForHttp(url: string, timeoutMs: number, gaveUp: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return;
    } catch (error) {
      if (gaveUp()) throw new Error(`the process serving ${url} exited`);
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms (${String(error)})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
