import { describe, expect, it } from 'vitest';
import { quote } from './quote';

describe("'quote' detector", () => {
  it('finds quotations of three words or more in curly, straight and guillemet quotes', () => {
    expect(quote.detect('The mayor said “the water is safe to drink” on Friday.')?.evidence).toBe('“the water is safe to drink”');
    expect(quote.detect('She called it "a turning point for the region" in her speech.')?.evidence).toBe('"a turning point for the region"');
    expect(quote.detect('Il a dit «nous ne céderons pas» hier.')?.evidence).toBe('«nous ne céderons pas»');
  });

  it('ignores scare quotes of one or two words', () => {
    expect(quote.detect('The so-called “reform” passed by two votes.')).toBeNull();
    expect(quote.detect('Critics called the plan "deeply flawed".')).toBeNull();
  });
});
