import { privateTargetOf } from './webhook-target-guard';

describe('privateTargetOf', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://10.1.2.3/hook',
    'http://172.20.0.5/hook',
    'http://192.168.1.10/hook',
    'http://100.64.0.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://0.0.0.0/hook',
    'http://[::1]/hook',
    'http://[fd12:3456::1]/hook',
    'http://[fe80::1]/hook',
    'http://[::ffff:10.0.0.1]/hook',
  ])('refuses %s', async (url) => {
    expect(await privateTargetOf(url)).toMatch(/is not a public address$/);
  });

  it('refuses a name that resolves to this host, naming the address', async () => {
    expect(await privateTargetOf('http://localhost:4000/hook')).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1), not a public address$/,
    );
  });

  it.each(['https://93.184.215.14/hook', 'https://[2606:4700::6810:84e5]/hook'])(
    'lets %s through',
    async (url) => {
      expect(await privateTargetOf(url)).toBeNull();
    },
  );

  it('leaves a name that does not resolve to fail when sent to', async () => {
    expect(await privateTargetOf('https://partner.invalid/hook')).toBeNull();
  });
});
