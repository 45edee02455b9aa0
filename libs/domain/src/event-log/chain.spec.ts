import { canonicalParts, canonicalRow, checkChain, GENESIS_HASH, joinCanonicalParts, rowHash, sha256Hex, StoredChainRow } from './chain';
import { canonicalJson } from './canonical-json';

const content = {
  caseId: '6f1c2a9e-0000-4000-8000-000000000001',
  recipientId: null,
  actorUserId: '6f1c2a9e-0000-4000-8000-000000000002',
  actorOrganisationId: '6f1c2a9e-0000-4000-8000-000000000003',
  at: new Date('2026-12-01T10:00:00.123Z'),
  event: 'ANSWER',
  payload: { z: 1, a: [1e21, 'Synpunkter på förslaget\n'], m: { b: null, a: 0.1 } },
  stateBefore: 'sent',
  stateAfter: 'answered',
};

describe('event-log chain', () => {
  it('is RFC 8785: sorted keys, no whitespace, ECMAScript numbers', () => {
    expect(canonicalJson({ b: 1, a: [1e21, 0.1, 'å\u0001'] })).toBe('{"a":[1e+21,0.1,"å\\u0001"],"b":1}');
  });

  it('the SQL writer\'s split form joins to exactly the canonical row', () => {
    const link = { position: 17, previousHash: 'ab'.repeat(32) };
    expect(joinCanonicalParts(canonicalParts(content), link)).toBe(canonicalRow(content, link));
    expect(canonicalRow(content, link)).toBe(
      '{"actorOrganisationId":"6f1c2a9e-0000-4000-8000-000000000003","actorUserId":"6f1c2a9e-0000-4000-8000-000000000002",' +
        '"at":"2026-12-01T10:00:00.123Z","caseId":"6f1c2a9e-0000-4000-8000-000000000001","event":"ANSWER",' +
        '"payload":{"a":[1e+21,"Synpunkter på förslaget\\n"],"m":{"a":0.1,"b":null},"z":1},"position":17,' +
        `"previousHash":"${'ab'.repeat(32)}","recipientId":null,"stateAfter":"answered","stateBefore":"sent"}`,
    );
  });

  function chain(n: number): StoredChainRow[] {
    const rows: StoredChainRow[] = [];
    let previousHash = GENESIS_HASH;
    for (let position = 1; position <= n; position += 1) {
      const row = { ...content, event: `E${position}`, position, previousHash };
      const hash = rowHash(row, row);
      rows.push({ ...row, hash });
      previousHash = hash;
    }
    return rows;
  }

  it('accepts a valid chain and names the first bad row', () => {
    const rows = chain(4);
    expect(checkChain(rows)).toEqual({ ok: true, rows: 4, head: rows[3].hash });
    expect(checkChain([])).toEqual({ ok: true, rows: 0, head: GENESIS_HASH });
    const edited = rows.map((r, i) => (i === 2 ? { ...r, payload: { z: 2 } } : r));
    expect(checkChain(edited)).toMatchObject({ ok: false, rows: 2, head: rows[1].hash, firstMismatch: { index: 2, mismatch: ['innehåll'] } });
    const gap = rows.filter((_, i) => i !== 1);
    expect(checkChain(gap).firstMismatch).toMatchObject({ index: 1, mismatch: ['position', 'föregående kontrollsumma'] });
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
