import { Principal } from '@symbiose/tokens';
import { AccessRequest, AccessRule, anyOf } from './access-rules';

const request: AccessRequest = {
  principal: { subject: 'f', roles: ['FACILITATOR'], territoryIds: [] } as Principal,
  args: {},
  parent: undefined,
  services: { get: () => undefined } as never,
};

/** A rule that records that it was asked, answering `answer`. */
function rule(asked: string[], name: string, answer: boolean | Promise<boolean>): AccessRule {
  return () => {
    asked.push(name);
    return answer;
  };
}

describe('anyOf', () => {
  it('answers at once, without asking further, when a rule passes at once', () => {
    const asked: string[] = [];
    const either = anyOf(rule(asked, 'a', false), rule(asked, 'b', true), rule(asked, 'c', true));
    expect(either(request)).toBe(true);
    expect(asked).toEqual(['a', 'b']);
  });

  it('answers false at once when every rule refuses at once', () => {
    expect(
      anyOf(
        () => false,
        () => false,
      )(request),
    ).toBe(false);
  });

  it('waits for a rule that looks something up, then asks the next in order', async () => {
    const asked: string[] = [];
    const either = anyOf(
      rule(asked, 'lookup', Promise.resolve(false)),
      rule(asked, 'role', false),
      rule(asked, 'own', Promise.resolve(true)),
      rule(asked, 'never', true),
    );
    await expect(either(request)).resolves.toBe(true);
    expect(asked).toEqual(['lookup', 'role', 'own']);
  });

  it('refuses when the last rule, looked up, refuses', async () => {
    await expect(
      anyOf(
        () => false,
        () => Promise.resolve(false),
      )(request),
    ).resolves.toBe(false);
  });
});
