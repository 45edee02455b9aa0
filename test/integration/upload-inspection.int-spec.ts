import { zipInspectionWork, ZIP_INSPECTION_LIMITS } from '@remiss/application';
import { makeDocx, makeDocxWordLast, makeOdt, makeZipBomb, withEncryptionFlag } from '@remiss/testing';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

describe('uploads: ZIP containers are inspected from the central directory with a fixed cap', () => {
  let app: TestApp;
  let ksl: ApiClient;
  const upload = (content: Buffer, name: string) =>
    ksl.upload({ name, type: 'application/octet-stream', content }, { kind: 'draft', title: 'Utkast' });

  beforeAll(async () => {
    app = await startTestApp();
    ksl = await app.as('kansli@ksl.se');
  });
  afterAll(() => app?.close());

  it('answers the 3 GiB mimetype bomb with 400 after inflating at most the cap', async () => {
    const before = { ...zipInspectionWork };
    const response = await upload(makeZipBomb(), 'bomb.odt');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('DOCUMENT.FILE_TYPE');
    expect(response.body.issues[0].field).toBe('file');
    expect(zipInspectionWork.bytesInflated - before.bytesInflated).toBeLessThanOrEqual(ZIP_INSPECTION_LIMITS.maxInflatedBytes + 1032);
  });

  it('answers encrypted and broken archives with 400, and still takes real DOCX and ODT', async () => {
    for (const [content, name] of [
      [withEncryptionFlag(makeDocx()), 'krypterad.docx'],
      [withEncryptionFlag(makeOdt()), 'krypterad.odt'],
      [makeDocx().subarray(0, 100), 'trasig.docx'],
    ] as const) {
      const response = await upload(content, name);
      expect([name, response.status, response.body.code]).toEqual([name, 400, 'DOCUMENT.FILE_TYPE']);
    }
    for (const [content, name, mimeType] of [
      [makeDocx(), 'svar.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [makeDocxWordLast(), 'word-sist.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [makeOdt(), 'utdrag.odt', 'application/vnd.oasis.opendocument.text'],
    ] as const) {
      const response = await upload(content, name);
      expect([name, response.status, response.body.mimeType]).toEqual([name, 201, mimeType]);
    }
  });
});
