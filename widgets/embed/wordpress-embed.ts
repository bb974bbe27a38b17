/**
 * WordPress's embed protocol, spoken by the iframe embed pages so that a tool pasted into a
 * WordPress post as a link grows to fit. WordPress frames the page with `#?secret=…` added to
 * the address; its host script (wp-includes/js/wp-embed.js) resizes the iframe whose
 * data-secret matches a `{ message: 'height', value, secret }` message, and asks again with
 * `{ message: 'ready', secret }` once it has loaded. Only the height is ever sent.
 */

/** WordPress's secrets are letters and digits (wp_generate_password( 10, false )). */
const secretPattern = /^[A-Za-z0-9]{1,32}$/;

/** The secret WordPress put in the page's address, if it is one. */
export function wordPressSecret(hash: string): string | undefined {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return secret && secretPattern.test(secret) ? secret : undefined;
}

export interface WordPressHeightMessage {
  message: 'height';
  value: number;
  secret: string;
}

export function wordPressHeightMessage(secret: string, height: number): WordPressHeightMessage {
  return { message: 'height', value: height, secret };
}

/** True for WordPress's "ready" message carrying this page's secret. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  const message = data as { message?: unknown; secret?: unknown } | null;
  return typeof message === 'object' && message !== null && message.message === 'ready' && message.secret === secret;
}
