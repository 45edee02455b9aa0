import { seal, unseal } from './secret-box';

describe('secret box (identity providers\' client secrets)', () => {
  const key = 'a-jwt-secret-of-the-test-0123456789';

  it('opens what it sealed, and nothing else', () => {
    const sealed = seal('klienthemlighet', key);
    expect(sealed).not.toContain('klienthemlighet');
    expect(seal('klienthemlighet', key)).not.toBe(sealed); // a fresh IV each time
    expect(unseal(sealed, key)).toBe('klienthemlighet');
    expect(unseal(sealed, 'another-jwt-secret-0123456789abcdef')).toBeNull();
    const [v, iv, tag, body] = sealed.split('.');
    expect(unseal([v, iv, tag, `${body.slice(0, -2)}AA`].join('.'), key)).toBeNull();
    expect(unseal('not sealed', key)).toBeNull();
  });
});
