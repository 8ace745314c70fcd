import { render } from 'preact';
import { LinkCheckOptions } from '@/components/LinkCheckOptions';
import { NotesOptions } from './notes';
import { FactCheckSettings, RatingsSettings } from '@/components/RatingsSettings';

// A placeholder: overlay toggles, per-site settings, the notes list and ratings come with issues 5 and 6.
function Options() {
  return (
    <main style={{ font: '14px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem' }}>
      <h1>ClaimLens options</h1>
      <p>
        ClaimLens analyses news articles on your device: it finds check-worthy claims, notes what backs them and flags
        broken source links. Nothing you read is sent anywhere.
      </p>
      <NotesOptions />
      <LinkCheckOptions />
      <RatingsSettings />
      <FactCheckSettings />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
