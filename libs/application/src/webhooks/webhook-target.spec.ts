import { checkWebhookUrl } from './webhook-target';
import { postWebhook } from './webhook-http';
import { signWebhook, verifyWebhook } from './webhook-signature';

const production = { allowPrivateTargets: false, allowHttpLoopback: false };
const development = { allowPrivateTargets: true, allowHttpLoopback: true };

describe('webhook targets', () => {
  it('in production takes only https to public hosts', () => {
    expect(checkWebhookUrl('https://diarie.ekero.se/hook?x=1', production).toString()).toBe('https://diarie.ekero.se/hook?x=1');
    expect(checkWebhookUrl('https://93.184.216.34/hook', production).hostname).toBe('93.184.216.34');
    for (const url of [
      'http://diarie.ekero.se/hook', 'http://127.0.0.1:8080/hook', 'https://127.0.0.1/hook', 'https://localhost/hook', 'https://10.1.2.3/hook',
      'https://172.20.0.1/hook', 'https://192.168.1.1/hook', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/hook', 'https://[fe80::1]/hook',
      'https://[fd00::1]/hook', 'https://[::ffff:127.0.0.1]/hook', 'https://100.64.0.1/hook', 'https://0.0.0.0/hook', 'https://diarie.internal/hook',
      'https://printer.local/hook', 'https://2130706433/hook', 'https://user:pw@ekero.se/hook', 'https://ekero.se/#x', 'https://nohost/', 'https://-bad-.se/', 'gopher://ekero.se/',
    ]) {
      expect(() => checkWebhookUrl(url, production)).toThrow(expect.objectContaining({ code: 'WEBHOOK.URL_INVALID' }));
    }
  });

  it('in development also takes loopback, over http only to loopback', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', development).port).toBe('4000');
    expect(checkWebhookUrl('http://localhost:4000/hook', development).hostname).toBe('localhost');
    expect(checkWebhookUrl('https://10.1.2.3/hook', development).hostname).toBe('10.1.2.3');
    expect(() => checkWebhookUrl('http://10.1.2.3/hook', development)).toThrow(expect.objectContaining({ code: 'WEBHOOK.URL_INVALID' }));
  });

  it('refuses at delivery a name that resolves to an internal address (no connection is made)', async () => {
    await expect(postWebhook('https://localhost:9/hook', '{}', {}, { timeoutMs: 2000, policy: production })).rejects.toMatchObject({ code: 'WEBHOOK_PRIVATE_TARGET' });
    await expect(postWebhook('https://127.0.0.1:9/hook', '{}', {}, { timeoutMs: 2000, policy: production })).rejects.toMatchObject({ code: 'WEBHOOK_PRIVATE_TARGET' });
  });
});

describe('webhook signatures (Standard Webhooks)', () => {
  // the example of the Standard Webhooks specification
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('signs id.timestamp.body with HMAC-SHA256 as the specification\'s example', () => {
    expect(signWebhook(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    expect(verifyWebhook(secret, id, timestamp, body, 'v1,bm9wZQ== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')).toBe(true);
    expect(verifyWebhook(secret, id, timestamp + 1, body, signWebhook(secret, id, timestamp, body))).toBe(false);
    expect(verifyWebhook('whsec_' + Buffer.alloc(24).toString('base64'), id, timestamp, body, signWebhook(secret, id, timestamp, body))).toBe(false);
  });
});
