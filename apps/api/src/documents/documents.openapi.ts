import { ApiHeaderOptions } from '@nestjs/swagger';

export const IDEMPOTENCY_HEADER_DOC: ApiHeaderOptions = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422.',
  example: '9f1c2e7a-upload-1',
};

export const UPLOAD_EXAMPLE = { kind: 'draft', title: 'Överenskommelse om samverkan gällande nyanlända, utkast' };

export const DOCUMENT_EXAMPLE = {
  id: '6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10',
  organisationId: '0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b',
  kind: 'draft',
  title: 'Överenskommelse om samverkan gällande nyanlända, utkast',
  filename: 'Överenskommelse.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 48213,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  version: 1,
  supersedesId: null,
  caseId: null,
  roundId: null,
  answerId: null,
  createdAt: '2013-02-11T09:30:00.000Z',
};
