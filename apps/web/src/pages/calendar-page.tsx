import { useRef, useState } from 'react';
import { api } from '../api/client';
import { DonePanel, type Notice } from '../components/confirm';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { useUser } from '../session';

interface FeedUrl {
  organisationId: string;
  url: string;
}

/**
 * Subscribing to the organisation's deadlines in Outlook or Google Calendar: the feed's address with a copy
 * button and step-by-step instructions; the secretariat and administrators can replace the address.
 */
export function CalendarPage() {
  const user = useUser();
  const { data, error, reload } = useLoad<FeedUrl>('/calendar/feed-url');
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const canRenew = user.role === 'secretariat' || user.role === 'admin';
  if (!data) return <Loading error={error} />;
  const webcal = data.url.replace(/^https?:/, 'webcal:');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(data.url);
      setCopied('ok');
    } catch {
      field.current?.select();
      setCopied('failed');
    }
  };
  const renew = async () => {
    await api.post<FeedUrl>('/calendar/feed-url/renew');
    setConfirming(false);
    setCopied('');
    setNotice({ title: 'Kalenderadressen är bytt', lines: ['Den gamla adressen slutar fungera nu. Alla som prenumererar behöver lägga till den nya adressen.'] });
    reload();
  };
  return (
    <Page title="Prenumerera på svarsdagar">
      <p>
        Lägg in {user.organisationName}s sista dagar i er kalender: svarsdagar för remisser ni har fått, beslutsdagar för rekommendationer och sista dagar för det ni själva har skickat ut. Kalendern
        uppdateras av sig själv när en dag ändras, till exempel efter ett anstånd.
      </p>
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      <section aria-labelledby="feed-heading" className="card">
        <h2 id="feed-heading">Er kalenderadress</h2>
        <div className="field">
          <label htmlFor="feed-url">Adress till kalendern</label>
          <p className="hint" id="feed-url-hint">
            Adressen är personlig för er organisation. Dela den inte utanför organisationen.
          </p>
          <input id="feed-url" ref={field} className="wide" readOnly value={data.url} aria-describedby="feed-url-hint" onFocus={(e) => e.currentTarget.select()} />
        </div>
        <div className="actions">
          <button type="button" onClick={() => void copy()}>
            Kopiera adressen
          </button>
          <a className="button secondary" href={webcal}>
            Öppna i kalenderprogrammet
          </a>
        </div>
        <p role="status">
          {copied === 'ok' && 'Adressen är kopierad. Klistra in den i kalendern enligt stegen nedan.'}
          {copied === 'failed' && 'Adressen kunde inte kopieras automatiskt. Den är markerad: tryck Ctrl+C (Cmd+C på Mac) för att kopiera den.'}
        </p>
      </section>
      <section aria-labelledby="outlook-heading">
        <h2 id="outlook-heading">Så lägger du till kalendern i Outlook</h2>
        <h3>Outlook på webben och nya Outlook</h3>
        <ol>
          <li>Kopiera adressen ovan.</li>
          <li>Öppna Kalender i Outlook och välj Lägg till kalender.</li>
          <li>Välj Prenumerera från webben och klistra in adressen.</li>
          <li>Ge kalendern ett namn, till exempel Remisser, och välj Importera.</li>
        </ol>
        <h3>Outlook för Windows (klassiska)</h3>
        <ol>
          <li>Kopiera adressen ovan.</li>
          <li>Gå till Kalender, välj Lägg till kalender och sedan Från Internet.</li>
          <li>Klistra in adressen och välj OK. Svara Ja på frågan om du vill lägga till kalendern.</li>
        </ol>
        <p className="hint">Outlook hämtar nya uppgifter några gånger per dygn, så en ändrad dag kan dröja några timmar innan den syns.</p>
      </section>
      <section aria-labelledby="google-heading">
        <h2 id="google-heading">Så lägger du till kalendern i Google Kalender</h2>
        <ol>
          <li>Kopiera adressen ovan.</li>
          <li>Öppna Google Kalender på en dator. Välj plustecknet vid Andra kalendrar och sedan Från webbadress.</li>
          <li>Klistra in adressen och välj Lägg till kalender.</li>
        </ol>
      </section>
      {canRenew && (
        <section aria-labelledby="renew-heading" className="card">
          <h2 id="renew-heading">Byt adress</h2>
          <p>Byt adress om den har spridits till någon som inte ska ha den. Den gamla adressen slutar då fungera för alla i organisationen.</p>
          {!confirming ? (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Byt adress
            </button>
          ) : (
            <div role="group" aria-labelledby="renew-confirm">
              <p id="renew-confirm">
                <strong>Vill du byta adress? Alla som prenumererar på den nuvarande adressen måste lägga till den nya.</strong>
              </p>
              <div className="actions">
                <button type="button" className="danger" onClick={() => void renew()}>
                  Ja, byt adress
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  Avbryt
                </button>
              </div>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
