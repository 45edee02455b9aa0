import { answerSchema } from '../cases/case.schemas';
import { JSON_BODY_LIMIT_BYTES, LONGEST_TEXT_CHARS } from './body-limits';

describe('JSON body limit', () => {
  it('holds the largest valid answer even when every character is sent as a \\u escape', () => {
    const largest = {
      position: 'tillstyrker',
      text: 'å'.repeat(LONGEST_TEXT_CHARS),
      theirRegistryNumber: 'x'.repeat(60),
      receivedAt: '2013-04-15T10:00:00+02:00',
      documentIds: Array.from({ length: 20 }, () => '7d4c1b7e-0000-4000-8000-000000000000'),
      innerAnswerIds: Array.from({ length: 50 }, () => '7d4c1b7e-0000-4000-8000-000000000000'),
    };
    expect(answerSchema.safeParse(largest).success).toBe(true);
    expect(answerSchema.safeParse({ ...largest, text: 'å'.repeat(LONGEST_TEXT_CHARS + 1) }).success).toBe(false);
    const escaped = JSON.stringify(largest).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(Buffer.byteLength(escaped)).toBeLessThan(JSON_BODY_LIMIT_BYTES);
  });
});
