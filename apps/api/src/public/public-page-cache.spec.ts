import type { AppConfig } from '@remiss/config';
import { PublicPageCache } from './public-page-cache';

const cacheFor = (seconds: number) => new PublicPageCache({ publicCacheSeconds: seconds } as AppConfig);
const page = (body: string) => ({ type: 'text/html', body, etag: `"${body.length}"`, cacheControl: 'public, max-age=60' });

describe('PublicPageCache', () => {
  it('keeps what it is given until cleared, and nothing when turned off', () => {
    const cache = cacheFor(600);
    cache.store('/offentligt/ksl', page('a'));
    expect(cache.get('/offentligt/ksl')?.body).toBe('a');
    expect(cache.get('/offentligt/ksl?q=x')).toBeNull();
    cache.clear();
    expect(cache.get('/offentligt/ksl')).toBeNull();
    const off = cacheFor(0);
    off.store('/offentligt/ksl', page('a'));
    expect(off.get('/offentligt/ksl')).toBeNull();
  });

  it('drops the oldest pages beyond 500 and never keeps a huge one', () => {
    const cache = cacheFor(600);
    for (let i = 0; i < 501; i++) cache.store(`/p${i}`, page(`body ${i}`));
    expect(cache.get('/p0')).toBeNull();
    expect(cache.get('/p1')?.body).toBe('body 1');
    expect(cache.get('/p500')?.body).toBe('body 500');
    cache.store('/big', page('x'.repeat(1_000_001)));
    expect(cache.get('/big')).toBeNull();
  });
});
