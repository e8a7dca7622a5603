import { useSyncExternalStore } from 'react';

// The values read here do not change while the page is open (or change only through this page's own code, which
// re-renders anyway): there is nothing to subscribe to.
const noSubscription = () => () => {};
const nothingOnServer = () => undefined;

/**
 * A value only the browser knows (the reader's time zone, the URL's query string), for a page that is static and
 * the same for everyone: the server and hydration render `undefined`, and React renders again at once with the
 * browser's value. `read` must return the same value for the same state (a string, not a new object).
 */
export function useBrowserValue<T extends string | number | boolean>(read: () => T): T | undefined {
  return useSyncExternalStore(noSubscription, read, nothingOnServer);
}
