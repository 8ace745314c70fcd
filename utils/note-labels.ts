/**
 * How a claim note reads to a person, shared by the popup and the on-page card so both say the same
 * thing: a short sentence-case label ("Interested source") and the note's sentence without that label
 * repeated at its start ("Interested source: the article says…" reads "The article says…").
 */
import type { ClaimNote } from './types';

/** Short names for note codes, in sentence case, shown as a small heading above the note's sentence. */
export const NOTE_LABELS: Readonly<Record<string, string>> = {
  'single-source': 'Single source',
  unconfirmed: 'Unconfirmed',
  'interested-source': 'Interested source',
  hedged: 'Hedged',
  prediction: 'Prediction',
  numeric: 'Numbers',
  'no-source-link': 'No source link',
  'broken-source-link': 'Broken source link',
  'anonymous-source': 'Anonymous source',
  corroborated: 'Corroborated',
  contested: 'Contested',
  outdated: 'Outdated',
  absolute: 'Absolute wording',
  'low-quality-source': 'Low-quality source',
  'fact-checked': 'Fact-checked',
  user: 'Your note',
};

/** Notes that warn the reader: shown with a warning sign, never with a colour alone. */
const WARNING_CODES: ReadonlySet<string> = new Set([
  'unconfirmed',
  'interested-source',
  'broken-source-link',
  'no-source-link',
  'anonymous-source',
  'contested',
  'outdated',
  'low-quality-source',
  'fact-checked',
]);

/** A note code's reader-facing name in sentence case ("no-source-link" → "No source link" for unknown codes too). */
export function noteLabel(code: string): string {
  const known = NOTE_LABELS[code];
  if (known) return known;
  const words = code.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether a note warns the reader (and so carries a warning sign). */
export function isWarningNote(code: string): boolean {
  return WARNING_CODES.has(code);
}

/**
 * The note's sentence with a leading "Label:" dropped when it only repeats the label shown above it.
 * Only an exact repeat of the label's words followed by a colon goes: "Unconfirmed by Western officials: …"
 * says more than the label and stays whole.
 */
export function noteSentence(note: Pick<ClaimNote, 'code' | 'text'>): string {
  const label = noteLabel(String(note.code));
  const text = note.text.trimStart();
  if (text.slice(0, label.length).toLowerCase() !== label.toLowerCase()) return note.text;
  const rest = text.slice(label.length);
  const match = /^\s*:\s*/.exec(rest);
  if (!match) return note.text;
  const sentence = rest.slice(match[0].length);
  // "Interested source:" alone (nothing after it) would leave an empty line: keep the text as written.
  if (!sentence) return note.text;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
