import { useState } from 'react';
import { api } from '../api/client';
import { FileField, FormError, SelectField, TextArea, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { POSITIONS } from '../labels';
import { Notice } from '../components/confirm';
import { issuesOf } from '../components/plain-errors';
import { InnerAnswersField } from './inner-answers-field';

/** The remiss answer (or a correction, a new version): position, text, registry number, a document, inner answers. */
export function AnswerForm({
  recipientId,
  onDone,
  correction = false,
  current = null,
}: {
  recipientId: string;
  onDone(n?: Notice): void;
  correction?: boolean;
  current?: { position: string; text: string; theirRegistryNumber: string | null } | null;
}) {
  // A correction opens with the current answer filled in.
  const [position, setPosition] = useState(current?.position ?? '');
  const [text, setText] = useState(current?.text ?? '');
  const [theirRegistryNumber, setTheirRegistryNumber] = useState(current?.theirRegistryNumber ?? '');
  const [innerAnswerIds, setInnerAnswerIds] = useState<string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [documentId, setDocumentId] = useState<string>();
  const { error, busy, onSubmit, fieldError, clearOnChange, clear } = useSubmit(async () => {
    // An uploaded file is kept across a failed answer, so a retry does not upload it twice.
    let docId = documentId;
    if (file && !docId) {
      docId = (await api.upload(file, 'answer', `Remissvar ${file.name}`)).id;
      setDocumentId(docId);
    }
    await api.post(`/recipients/${recipientId}/answer${correction ? '/corrections' : ''}`, {
      position,
      text,
      theirRegistryNumber: theirRegistryNumber.trim() || undefined,
      documentIds: docId ? [docId] : undefined,
      innerAnswerIds: innerAnswerIds.length ? innerAnswerIds : undefined,
    });
    onDone({
      title: correction ? 'Rättelsen är skickad' : 'Svaret är skickat',
      lines: [
        `Ställningstagande: ${POSITIONS[position] ?? position}.${file ? ` Bifogat: ${file.name}.` : ''}`,
        'Avsändaren ser svaret direkt, och ni får ett mottagningsbevis med e-post.',
      ],
    });
  }, () =>
    issuesOf([
      ['position', position !== '', 'välj ett ställningstagande'],
      ['text', text.trim() !== '', 'skriv ert yttrande'],
    ]),
  );
  const heading = correction ? 'Rätta remissvaret' : 'Besvara remissen';
  return (
    <form className="card" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-labelledby="answer-heading">
      <h2 id="answer-heading">{heading}</h2>
      {correction && <p>Rättelsen blir en ny version av svaret; den tidigare versionen finns kvar.</p>}
      <FormError error={error} />
      <SelectField label="Ställningstagande" value={position} onChange={(e) => setPosition(e.target.value)} options={{ '': 'Välj …', ...POSITIONS }} error={fieldError('position')} name="position" required />
      <TextArea label="Yttrande" value={text} onChange={(e) => setText(e.target.value)} error={fieldError('text')} name="text" required />
      <TextField label="Ert diarienummer (valfritt)" value={theirRegistryNumber} onChange={(e) => setTheirRegistryNumber(e.target.value)} error={fieldError('theirRegistryNumber')} name="theirRegistryNumber" />
      <FileField
        label="Bifoga yttrandet som fil (valfritt)"
        onFile={(f) => (setFile(f), setDocumentId(undefined), clear(['file', 'documentIds']))}
        error={fieldError('file') ?? fieldError('documentIds')}
        name="file documentIds"
        hint="PDF, DOCX eller ODT."
      />
      <InnerAnswersField recipientId={recipientId} value={innerAnswerIds} onChange={setInnerAnswerIds} error={fieldError('innerAnswerIds')} />
      <button type="submit" disabled={busy}>
        {correction ? 'Skicka rättelsen' : 'Skicka svaret'}
      </button>
    </form>
  );
}
