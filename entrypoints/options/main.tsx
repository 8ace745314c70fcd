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
      <footer class="options__footer">
        ClaimLens is free software (MIT licence). It carries domain ratings from Lin et al. (2023), country names from
        mledoze/countries (ODbL) and a claim scorer learned from the CLEF-2019 CheckThat! debates:{' '}
        <a href="/THIRD-PARTY-NOTICES.txt" target="_blank" rel="noopener">
          sources and licences
        </a>
        .
      </footer>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
