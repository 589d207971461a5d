import request from 'supertest';

/** What the database or the runtime says, which no answer should carry. */
export const DRIVER_TEXT =
  /QueryFailedError|invalid byte sequence|violates|syntax error at|relation "|out of range|Maximum call stack|\bat [^ ]+\.js/;

/**
 * The answer to a hostile request is the client's error: no HTTP 5xx, no INTERNAL_SERVER_ERROR,
 * nothing of the database's or the runtime's words.
 */
export function expectClientError(response: request.Response): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status: expect.any(Number),
    body: expect.objectContaining({ errors: expect.any(Array) }),
  });
  expect(response.status).toBeLessThan(500);
  const errors: { extensions?: Record<string, unknown> }[] = response.body.errors;
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.map((error) => error.extensions?.['code'])).not.toContain('INTERNAL_SERVER_ERROR');
  expect(response.text).not.toMatch(DRIVER_TEXT);
}

/** Every service answers its readiness probe: none was stopped by what it was sent. */
export async function expectEveryServiceReady(urls: Record<string, string>): Promise<void> {
  for (const [service, url] of Object.entries(urls)) {
    const ready = await request(url).get('/health/ready');
    expect({ service, status: ready.status }).toEqual({ service, status: 200 });
  }
}
