import { findUnsafeText, unsafeTextReason } from './safe-text';

describe('unsafe text', () => {
  it('accepts ordinary Swedish text, emoji and surrogate pairs', () => {
    expect(unsafeTextReason('Ekerö kommun – yttrande ÅÄÖ 😀 \t\n')).toBeNull();
  });

  it('rejects NUL and lone surrogates of either half', () => {
    expect(unsafeTextReason('a\u0000b')).toMatch(/NUL/);
    expect(unsafeTextReason('a\ud800')).toMatch(/surrogat/);
    expect(unsafeTextReason('\udc00b')).toMatch(/surrogat/);
    expect(unsafeTextReason('\ud83d\ude00\ud83d')).toMatch(/surrogat/);
  });

  it('names the path of the first unsafe value, keys included', () => {
    expect(findUnsafeText({ title: 'ok', documentIds: ['a', 'b\u0000'] })).toEqual({ path: 'documentIds.1', reason: expect.stringMatching(/NUL/) });
    expect(findUnsafeText({ nested: { ['k\u0000']: 1 } })?.path).toBe('nested');
    expect(findUnsafeText('x\ud800', 'deadline')?.path).toBe('deadline');
    expect(findUnsafeText({ a: [1, true, null, { b: 'fine' }] })).toBeNull();
  });
});
