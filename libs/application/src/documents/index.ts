export * from './attach-documents';
export * from './document-access';
export * from './document-type';
export * from './document.types';
export * from './get-document.use-case';
export * from './upload-document.use-case';
