/**
 * Waits on what a service learns from another's events: the evaluator goes through the gateway,
 * and a service hears of another's change a moment after the change is answered.
 */
import { GraphQLRequestError } from './graphql-client';

export interface Wait {
  waitMs: number;
  retryMs: number;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks until `ready` holds for the answer; past the wait, fails with `stuck(last answer)`. */
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
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some(
      (entry) =>
        entry.extensions?.code === 'BAD_USER_INPUT' &&
        entry.extensions.field === field &&
        /no \w+ has id/.test(entry.message),
    )
  );
}

/** Sends again while the service refuses, as unknown, the id in `field`; past the wait, fails with `stuck`. */
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
