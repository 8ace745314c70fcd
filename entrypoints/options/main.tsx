import { render } from 'preact';
import { LinkCheckOptions } from '@/components/LinkCheckOptions';
import { NotesOptions } from './notes';
import { FactCheckSettings, RatingsSettings } from '@/components/RatingsSettings';
import './style.css';

/** The options page: notes, sites, link checks, source ratings and fact-checks, one section each. */
function Options() {
  return (
    <main class="options">
      <h1 class="options__title">ClaimLens options</h1>
      <p class="options__intro">
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
