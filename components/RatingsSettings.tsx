import { useEffect, useState } from 'preact/hooks';
import { formatDomainRating } from '@/utils/credibility/format';
import { parseFactCheckFile } from '@/utils/credibility/factcheck-store';
import { mergeUserRatings, parseRatingsCsv } from '@/utils/credibility/ratings-csv';
import type { UserRating } from '@/utils/credibility/ratings';
import { LIN2023_CITATION } from '@/utils/credibility/scale';
import { addFactChecks, checkUserRating, clearFactChecks, readFactChecks, readUserRatings, saveUserRatings } from '@/utils/credibility/stored';
import { factChecksItem, userRatingsItem } from '@/utils/storage';

/** What the last action did, for the live region: a plain message or an error. */
type Outcome = { kind: 'done' | 'error'; text: string } | null;

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  return (
    <p role={outcome?.kind === 'error' ? 'alert' : 'status'} class={outcome?.kind === 'error' ? 'options__error' : 'options__done'}>
      {outcome?.text ?? ''}
    </p>
  );
}

/** Reads a chosen file's text; large files are refused by the parsers, which say so. */
async function fileText(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  if (!file) return null;
  return file.text();
}

export type RatingsSettingsProps = Record<string, never>;

/** The options page's "Source ratings" section: the shipped table's citation, the user's own ratings, CSV import. */
export function RatingsSettings(_props: RatingsSettingsProps) {
  const [ratings, setRatings] = useState<UserRating[]>([]);
  const [domain, setDomain] = useState('');
  const [score, setScore] = useState('');
  const [label, setLabel] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    const load = () => void readUserRatings().then(setRatings);
    load();
    return userRatingsItem.watch(load);
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    const number = score.trim() === '' ? Number.NaN : Number(score.replace(',', '.'));
    const checked = checkUserRating({ domain, score: number, label });
    if (!checked.ok) {
      setOutcome({ kind: 'error', text: checked.error });
      return;
    }
    const { ratings: next } = mergeUserRatings(await readUserRatings(), [checked.rating]);
    await saveUserRatings(next);
    setRatings(next);
    setDomain('');
    setScore('');
    setLabel('');
    setOutcome({ kind: 'done', text: `Your rating of ${checked.rating.domain} is saved; it applies from the next page you open.` });
  };

  const remove = async (gone: UserRating) => {
    const next = (await readUserRatings()).filter((r) => r.domain !== gone.domain);
    await saveUserRatings(next);
    setRatings(next);
    setOutcome({ kind: 'done', text: `Your rating of ${gone.domain} is deleted.` });
  };

  const importCsv = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const text = await fileText(input);
    input.value = '';
    if (text === null) return;
    const parsed = parseRatingsCsv(text);
    if (!parsed.ok) {
      setOutcome({ kind: 'error', text: `Nothing imported: ${parsed.error}` });
      return;
    }
    const merged = mergeUserRatings(await readUserRatings(), parsed.ratings);
    await saveUserRatings(merged.ratings);
    setRatings(merged.ratings);
    setOutcome({ kind: 'done', text: `Imported ${parsed.ratings.length} ratings: ${merged.added} new, ${merged.updated} changed, ${merged.unchanged} already there.` });
  };

  return (
    <section aria-labelledby="ratings-heading" class="options__section">
      <h2 id="ratings-heading">Source ratings</h2>
      <p>
        ClaimLens rates the sites an article links to with the open news domain quality ratings of {LIN2023_CITATION}. Scores go
        from 0 (lowest quality) to 1 (highest); below 0.4 reads as low, from 0.7 as high. Lookups happen on your device.
      </p>
      <h3>Your ratings</h3>
      <p>Your own ratings win over the table and are shown as “your rating”.</p>
      {ratings.length === 0 ? (
        <p>You have not rated any site.</p>
      ) : (
        <ul class="options__list" aria-label="Your ratings">
          {ratings.map((rating) => (
            <li key={rating.domain} data-domain={rating.domain}>
              <strong>{rating.domain}</strong>: {formatDomainRating({ score: rating.score, source: 'user', ...(rating.label ? { label: rating.label } : {}) })}{' '}
              <button type="button" onClick={() => void remove(rating)} aria-label={`Delete your rating of ${rating.domain}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)} class="options__form" aria-label="Add or change a rating">
        <label>
          Domain <input name="domain" value={domain} onInput={(e) => setDomain((e.currentTarget as HTMLInputElement).value)} placeholder="example.com" required />
        </label>
        <label>
          Score (0 to 1){' '}
          <input name="score" type="number" min="0" max="1" step="0.01" value={score} onInput={(e) => setScore((e.currentTarget as HTMLInputElement).value)} required />
        </label>
        <label>
          Label (optional) <input name="label" value={label} maxLength={80} onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} placeholder="e.g. satire" />
        </label>
        <button type="submit">Save rating</button>
      </form>
      <label class="options__file">
        Import your ratings from a CSV file (columns domain, score, label){' '}
        <input type="file" name="ratings-csv" accept=".csv,text/csv" onChange={(event) => void importCsv(event)} />
      </label>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

export type FactCheckSettingsProps = Record<string, never>;

/** The options page's "Fact-checks" section: how many are kept, import of ClaimReview JSON / JSON-LD, forgetting them. */
export function FactCheckSettings(_props: FactCheckSettingsProps) {
  const [count, setCount] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    const load = () => void readFactChecks().then((list) => setCount(list.length));
    load();
    return factChecksItem.watch(load);
  }, []);

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const text = await fileText(input);
    input.value = '';
    if (text === null) return;
    const parsed = parseFactCheckFile(text);
    if (!parsed.ok) {
      setOutcome({ kind: 'error', text: `Nothing imported: ${parsed.error}` });
      return;
    }
    const { added, total } = await addFactChecks(parsed.factChecks);
    setCount(total);
    setOutcome({ kind: 'done', text: `Found ${parsed.factChecks.length} fact-checks: ${added} new.` });
  };

  const clear = async () => {
    await clearFactChecks();
    setCount(0);
    setOutcome({ kind: 'done', text: 'All kept fact-checks are forgotten.' });
  };

  return (
    <section aria-labelledby="factchecks-heading" class="options__section">
      <h2 id="factchecks-heading">Fact-checks</h2>
      <p>
        When a page you visit carries schema.org ClaimReview markup, ClaimLens keeps the reviewed claim, the verdict, the
        fact-checker and the link on your device, and notes matching claims on other pages (“Fact-checked by AFP: False”).
      </p>
      <p data-testid="factcheck-count">
        {count === null ? 'Counting…' : count === 1 ? '1 fact-check kept.' : `${count} fact-checks kept.`}
      </p>
      <label class="options__file">
        Import ClaimReview JSON or JSON-LD{' '}
        <input type="file" name="factchecks" accept=".json,.jsonld,application/json,application/ld+json" onChange={(event) => void importFile(event)} />
      </label>{' '}
      <button type="button" onClick={() => void clear()} disabled={!count}>
        Forget all fact-checks
      </button>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}
