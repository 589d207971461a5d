/**
 * Waits on what other services learn from events: the tools go through the gateway, and a
 * service hears of another's change a moment after the change is answered.
 */
import { GraphQLRequestError } from './graphql-client';

export interface Wait {
  /** How long to keep asking before giving up. */
  waitMs: number;
  /** How long to wait between two questions. */
  retryMs: number;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks until `ready` holds for the answer; past the wait, fails with `stuck` (what the last
 * answer says and what is likely wrong).
 */
export async function waitUntil<T>(
  ask: () => Promise<T>,
  ready: (answer: T) => boolean,
  wait: Wait,
  stuck: (answer: T) => string,
): Promise<T> {
  const deadline = Date.now() + wait.waitMs;
  for (;;) {
    const answer = await ask();
    if (ready(answer)) return answer;
    if (Date.now() >= deadline) throw new Error(stuck(answer));
    await delay(wait.retryMs);
  }
}

/** Whether the API refused an id in `field` it has not heard of yet ("no organization has id …"). */
export function isUnknownId(error: unknown, field: string): boolean {
  return error instanceof GraphQLRequestError && error.isBadUserInput(field, /no \w+ has id/);
}

/**
 * Sends a request again while the service refuses, as unknown, an id named in `field` that it
 * learns of from another service's events; past the wait, fails with `stuck`.
 */
export async function retryWhileUnknown<T>(
  send: () => Promise<T>,
  field: string,
  wait: Wait,
  stuck: string,
): Promise<T> {
  const deadline = Date.now() + wait.waitMs;
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!isUnknownId(error, field)) throw error;
      if (Date.now() >= deadline) throw new Error(stuck);
      await delay(wait.retryMs);
    }
  }
}
