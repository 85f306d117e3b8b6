/**
 * Waits until `done()` holds (it may be async), asking again every `everyMs`; fails naming `what`
 * after `timeoutMs`. Tests wait on a state with it, never for a fixed time.
 */
export async function waitUntil(what: string, done: () => boolean | Promise<boolean>, { timeoutMs = 30_000, everyMs = 50 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
