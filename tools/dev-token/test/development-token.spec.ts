import { TokenVerifier } from '@symbiose/tokens';
import { TEST_TOKEN_SETTINGS } from '@symbiose/testing';
import { developmentToken, UsageError } from '../src/development-token';

const TERRITORY = '7b0f4c52-2f6a-4d38-9a43-3f2f1b6d9a10';
const ORGANIZATION = 'c4d1e2f3-0a1b-4c2d-8e3f-4a5b6c7d8e9f';
const verifier = new TokenVerifier(TEST_TOKEN_SETTINGS);

describe('npm run token', () => {
  it('signs a token the services accept, with the claims asked', async () => {
    const token = await developmentToken(
      ['--role', 'facilitator', '--territory', TERRITORY, '--hours', '2'],
      TEST_TOKEN_SETTINGS,
    );
    await expect(verifier.verify(token)).resolves.toEqual({
      subject: 'dev:facilitator',
      roles: ['FACILITATOR'],
      organizationId: undefined,
      partnerId: undefined,
      territoryIds: [TERRITORY],
    });
  });

  it('gives a company member its organization', async () => {
    const token = await developmentToken(
      ['--role', 'COMPANY_MEMBER', '--organization', ORGANIZATION, '--subject', 'alice'],
      TEST_TOKEN_SETTINGS,
    );
    expect(await verifier.verify(token)).toMatchObject({
      subject: 'alice',
      organizationId: ORGANIZATION,
    });
  });

  it.each([
    [[], /--role/],
    [['--role', 'KING'], /--role/],
    [['--role', 'FACILITATOR'], /--territory: required for role FACILITATOR/],
    [['--role', 'COMPANY_MEMBER'], /--organization: required for role COMPANY_MEMBER/],
    [['--role', 'PARTNER'], /--partner: required for role PARTNER/],
    [['--role', 'ADMIN', '--hours', '0'], /--hours: must be a positive number/],
    [['--role', 'ADMIN', '--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j, naming the flag', async (args, message) => {
    const attempt = developmentToken(args, TEST_TOKEN_SETTINGS);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(message);
  });
});
