import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'absolute' rule", () => {
  it.each([
    ['The Uruguayan senator said the program has never lost a single peso to fraud.', 'never'],
    ['Nobody in the Montevideo port authority knew about the 9 containers, the minister said.', 'Nobody'],
    ['The Uruguayan health ministry said all hospitals had received 400 new ventilators.', 'all'],
    ['The union said its members always vote against the 3 percent offers.', 'always'],
  ])('notes “%s”', (sentence, words) => {
    const page = analyzeParagraphs([sentence]);
    const n = noteOf(claimWith(page, sentence.slice(0, 20)), 'absolute');
    expect(n?.evidence).toBe(words);
    expect(n?.text).toMatch(/absolutes/);
  });

  it('does not note "at all", "after all" or a measured claim', () => {
    const page = analyzeParagraphs([
      'The Uruguayan senator said the program has not lost much money at all since 12 auditors joined.',
      'After all, the Uruguayan senator said, 80 percent of the funds reached schools.',
    ]);
    expect(codes(claimWith(page, '12 auditors'))).not.toContain('absolute');
    expect(codes(claimWith(page, '80 percent'))).not.toContain('absolute');
  });

  it('does not note how often something happens, or the writer’s own "I never"', () => {
    const page = analyzeParagraphs([
      'Every year, about 2 million people in Uruguay catch the flu, the health ministry said.',
      'I have never seen 40 ships in the port of Montevideo at once.',
      'We could never find the 3 missing containers, the port authority said.',
    ]);
    expect(codes(claimWith(page, '2 million people'))).not.toContain('absolute');
    expect(codes(claimWith(page, '40 ships'))).not.toContain('absolute');
    expect(codes(claimWith(page, '3 missing containers'))).not.toContain('absolute');
  });

  it('reads "every two seconds" or "every couple of weeks" as how often, and "every voter" as a sweep', () => {
    const page = analyzeParagraphs([
      'Currently, the system polls the 40 servers for ready tasks once every two seconds, the company said.',
      'The ferry to the 3 islands runs every couple of weeks, the port authority said.',
      'Every voter in the 12 districts received a ballot by mail, officials said.',
    ]);
    expect(codes(claimWith(page, 'every two seconds'))).not.toContain('absolute');
    expect(codes(claimWith(page, 'every couple of weeks'))).not.toContain('absolute');
    expect(noteOf(claimWith(page, 'Every voter'), 'absolute')?.evidence).toBe('Every');
  });

  it('does not note an absolute taken back ("almost all", "not every", "don’t always") or whom someone asks', () => {
    const page = analyzeParagraphs([
      'Almost all of the 40 Uruguayan ports reopened in May, the ministry said.',
      'Not every one of the 12 ferries sailed on time, the port authority said.',
      'The port authority said the 9 ferries don’t always leave on time.',
      'Maybe no one checked the 12 containers before they left Montevideo.',
      'The ministry encouraged everyone to visit the 3 new ports in May.',
    ]);
    for (const words of ['40 Uruguayan ports', '12 ferries', '9 ferries', '12 containers', '3 new ports']) {
      expect(codes(claimWith(page, words))).not.toContain('absolute');
    }
    // The sweep itself is still noted.
    expect(noteOf(claimWith(analyzeParagraphs(['Everyone in the 12 ministries knew, the senator said.']), '12 ministries'), 'absolute')?.evidence).toBe('Everyone');
  });

  it('does not read an idiom or a word that only ends like a plural as “all”, nor a “may never” as a sweep', () => {
    const page = analyzeParagraphs([
      'Barack needed all the help he could get with the 12 speeches, the first lady said.',
      'I had this all this time and did not know about the 3 medals, he said.',
      'The 40 ferries run late all the time, the port authority said.',
      'This dynamic list of 500 ships may never be complete, the ministry said.',
    ]);
    for (const words of ['12 speeches', '3 medals', '40 ferries', '500 ships']) expect(codes(claimWith(page, words))).not.toContain('absolute');
    // A definite "all the" over things that can be counted is still a sweep.
    const hostages = analyzeParagraphs(['All the 12 hostages were released on Sunday, the ministry said.']);
    expect(noteOf(claimWith(hostages, '12 hostages'), 'absolute')?.evidence).toBe('All');
  });

  it('reads no sweep into a title’s capitals, an idiom of how often or of a right, or a likely "never"', () => {
    const page = analyzeParagraphs([
      'Readers found 21 Going-Out Outfits For Every Occasion on the site, the magazine said.',
      'In our case, every once in a while we get a 400 status code, the engineers said.',
      'They have every right to speak up about the 3 reports, Ms. Haley told CBS.',
      'The film hits all the right notes in its 120 minutes, the critic said.',
      'The 40 soldiers knew they would likely never make it back home, the officer said.',
    ]);
    for (const words of ['Going-Out Outfits', '400 status code', '3 reports', '120 minutes', '40 soldiers']) expect(codes(claimWith(page, words)), words).not.toContain('absolute');
    // A sweep after a quote's opening mark is still one.
    const quoted = analyzeParagraphs(['“Everyone in the 3 villages left before the flood,” the mayor said.']);
    expect(noteOf(claimWith(quoted, '3 villages'), 'absolute')?.evidence).toBe('Everyone');
    // A word in capitals for emphasis is no title's.
    const emphatic = analyzeParagraphs(['The 2 companies will NEVER merge, the chairman said.']);
    expect(noteOf(claimWith(emphatic, '2 companies'), 'absolute')?.evidence).toBe('NEVER');
  });
});
