import { describe, expect, it } from 'vitest';
import { isWarningNote, noteLabel, noteSentence } from './note-labels';

describe('noteLabel', () => {
  it('names known codes in sentence case', () => {
    expect(noteLabel('interested-source')).toBe('Interested source');
    expect(noteLabel('numeric')).toBe('Numbers');
    expect(noteLabel('broken-source-link')).toBe('Broken source link');
  });

  it('turns an unknown code into sentence-case words, not title case', () => {
    expect(noteLabel('made-up-code')).toBe('Made up code');
  });
});

describe('noteSentence', () => {
  it('drops a leading label that repeats the heading, and capitalises what follows', () => {
    const text = 'Interested source: the article says Kiev and Seoul may gain from this claim (“much to gain”).';
    expect(noteSentence({ code: 'interested-source', text })).toBe('The article says Kiev and Seoul may gain from this claim (“much to gain”).');
    expect(noteSentence({ code: 'hedged', text: 'Hedged: the article itself is not sure (“may”).' })).toBe('The article itself is not sure (“may”).');
  });

  it('matches the label whatever its case', () => {
    expect(noteSentence({ code: 'interested-source', text: 'INTERESTED SOURCE:  gains from it.' })).toBe('Gains from it.');
  });

  it('keeps text that says more than the label, or does not start with it', () => {
    const unconfirmed = 'Unconfirmed by Western officials: the article says they “have not confirmed” these claims.';
    expect(noteSentence({ code: 'unconfirmed', text: unconfirmed })).toBe(unconfirmed);
    expect(noteSentence({ code: 'fact-checked', text: 'Fact-checked by AFP: False' })).toBe('Fact-checked by AFP: False');
    expect(noteSentence({ code: 'single-source', text: 'Attributed to a single source: the NIS.' })).toBe('Attributed to a single source: the NIS.');
    // Same first word, but the label is "Interested source", so "Interested sources…" is not a repeat.
    expect(noteSentence({ code: 'interested-source', text: 'Interested sources say so.' })).toBe('Interested sources say so.');
  });

  it('keeps a note that is only its label, rather than showing nothing', () => {
    expect(noteSentence({ code: 'contested', text: 'Contested:' })).toBe('Contested:');
  });
});

describe('isWarningNote', () => {
  it('marks warnings, not neutral notes', () => {
    expect(isWarningNote('interested-source')).toBe(true);
    expect(isWarningNote('numeric')).toBe(false);
  });
});
