import { ValidationError } from '@remiss/domain';
import { decodeCursor, encodeCursor, toPage } from './keyset';

describe('keyset cursors', () => {
  it('round-trips the sort key of the last item and says null on the last page', () => {
    const rows = [1, 2, 3].map((n) => ({ id: n, _key: ['2013-02-11T09:30:00.123456+01:00', n] }));
    const page = toPage(rows, 2);
    expect(page.items).toEqual([{ id: 1 }, { id: 2 }]);
    expect(decodeCursor(page.nextCursor!, ['timestamp', 'int'])).toEqual(['2013-02-11T09:30:00.123456+01:00', 2]);
    expect(toPage(rows, 3).nextCursor).toBeNull();
  });

  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['the wrong shape', encodeCursor(['2013-02-11T09:30:00Z'])],
    ['a day that does not exist', encodeCursor(['2013-02-30T09:30:00Z', 1])],
    ['an hour that does not exist', encodeCursor(['2013-02-11T25:30:00Z', 1])],
    ['an integer out of range', encodeCursor(['2013-02-11T09:30:00Z', 2 ** 40])],
    ['a number for a timestamp', encodeCursor([1, 1])],
  ])('refuses %s with a 400 naming cursor', (_what, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, ['timestamp', 'int']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0].field).toBe('cursor');
  });
});
