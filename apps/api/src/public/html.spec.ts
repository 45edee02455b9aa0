import { secrecyNotice, secrecyNoticeInline, publicSubject } from '@remiss/application';
import { html } from './html';
import { longDate } from './public-pages';

describe('public page rendering', () => {
  it('escapes every interpolated value except what html`` built', () => {
    const name = '<script>alert("x")</script> & \'y\'';
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
    expect(html`<ul>${['a<', 'b'].map((t) => html`<li>${t}</li>`)}</ul>`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('writes Swedish dates and the secrecy notice', () => {
    expect(longDate('2013-02-11')).toBe('11 februari 2013');
    expect(secrecyNotice({ extent: 'whole', legalGround: 'OSL 21 kap. 7 §' })).toBe('Sekretessmarkerad enligt OSL 21 kap. 7 §');
    expect(secrecyNoticeInline({ extent: 'part', legalGround: 'OSL 19 kap. 1 §' })).toBe('delvis sekretessmarkerad enligt OSL 19 kap. 1 §');
    expect(publicSubject('Remissvar från Ekerö', null)).toBe('Remissvar från Ekerö');
    expect(publicSubject('Remissvar från Ekerö', { extent: 'whole', legalGround: 'OSL 21 kap. 7 §', maskedSubject: null })).toBe('Sekretessmarkerad enligt OSL 21 kap. 7 §');
    expect(publicSubject('Remissvar om X', { extent: 'part', legalGround: 'OSL 21 kap. 7 §', maskedSubject: 'Remissvar' })).toBe('Remissvar (delvis sekretessmarkerad enligt OSL 21 kap. 7 §)');
  });
});
