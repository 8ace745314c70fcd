import { describe, expect, it } from 'vitest';
import { ANONYMOUS_SOURCE, findAttribution, isNamedSource, matchAttribution } from '../analyze/attribution';
import { attributed } from './attributed';

describe("'attributed' detector", () => {
  it.each([
    ['Mexico’s Secretariat of Health (SSA) has said that dengue cases rose by a third.', 'Mexico’s Secretariat of Health (SSA)', 'said'],
    ['The Finnish Border Guard told reporters on Tuesday that 80 people crossed overnight.', 'The Finnish Border Guard', 'told'],
    ['Unemployment fell to 3.9 percent, according to the Bureau of Labor Statistics.', 'the Bureau of Labor Statistics', 'according to'],
    ['The outage was reported by the Nairobi Times on Sunday.', 'the Nairobi Times', 'reported by'],
    ['This came after a claim by Chilean Senator Ana Rojas that the port was sold in secret.', 'Chilean Senator Ana Rojas', 'claim'],
    ['Eurostat’s data show inflation eased to 2.4 percent in April.', 'Eurostat', 'data show'],
    ['Official figures from Statistics Norway show exports fell 6 percent.', 'Statistics Norway', 'figures show'],
    ['“We will rebuild every bridge,” said Transport Minister Kofi Mensah, speaking in Accra.', 'Transport Minister Kofi Mensah', 'said'],
    ['The dam will be finished by 2027, the Ethiopian Electric Power agency confirmed in a statement.', 'the Ethiopian Electric Power agency', 'confirmed'],
    ['Prime Minister Lena Dahl is saying that the budget is balanced.', 'Prime Minister Lena Dahl', 'saying'],
  ])('finds the source and verb in “%s”', (sentence, source, verb) => {
    const a = findAttribution(sentence);
    expect(a?.source).toBe(source);
    expect(a?.verb).toBe(verb);
    const m = attributed.detect(sentence);
    expect(m).not.toBeNull();
    expect(sentence).toContain(m!.evidence);
  });

  it('keeps a source span whole, parenthesised acronym included', () => {
    expect(findAttribution('Brazil’s National Institute for Space Research (INPE) reported that deforestation fell 30 percent.')?.source).toBe(
      'Brazil’s National Institute for Space Research (INPE)',
    );
  });

  it('keeps the full stops inside a name after "according to": initials, titles, abbreviations', () => {
    const source = (sentence: string) => matchAttribution(sentence)?.source;
    expect(source('Output fell, according to the U.S. Energy Information Administration.')).toBe('the U.S. Energy Information Administration');
    expect(source('Prices rose 4 percent, according to a report released Monday by the U.S. Department of Energy.')).toBe(
      'a report released Monday by the U.S. Department of Energy',
    );
    expect(source('Sales fell 12 percent, according to J. P. Morgan analysts.')).toBe('J. P. Morgan analysts');
    expect(source('Output fell 3 percent according to Dr. Jane Smith of the university.')).toBe('Dr. Jane Smith of the university');
    expect(source('The plant employs 4,000 people, according to Acme Corp.')).toBe('Acme Corp.');
    // A sentence's own full stop still ends the source.
    expect(source('Unemployment rose in the U.S., according to officials.')).toBe('officials');
    expect(source('Unemployment rose 2 percent according to the ministry.')).toBe('the ministry');
  });

  it('ends an "according to" source before the verb of the clause it ran into, not before a participle', () => {
    const source = (sentence: string) => matchAttribution(sentence)?.source;
    // Wikipedia: the source is the commission, which "included New Zealand" is what it says.
    expect(source('Phillip became Governor of New South Wales, which according to his commission included New Zealand.')).toBe('his commission');
    expect(source('Sales fell 8 percent, according to the survey published Monday.')).toBe('the survey');
    // A participle with its agent is no clause's verb: the agent stays the source.
    expect(source('Exports fell, according to the data compiled by Statistics Canada.')).toBe('Statistics Canada');
    // An adjective in -ed after a determiner is no verb.
    expect(source('Costs rose 9 percent, according to a detailed Treasury analysis.')).toBe('a detailed Treasury analysis');
  });

  it('takes whom someone told for no source: "…, the source told Reuters", "…, told NBC News"', () => {
    expect(matchAttribution('The ministers fled to the compound, the source, who said he had spoken to people inside, told Reuters.')?.source).toBe('the source');
    const cantrell = matchAttribution('One anomaly can set a space company back, Jim Cantrell, Vector Space Systems CEO, told NBC News.');
    expect(cantrell?.source).toBe('Jim Cantrell, Vector Space Systems CEO');
    expect(cantrell?.sources).toBeUndefined();
    const payne = matchAttribution('The coroner, Sherrif Payne, told The Independent “You never know the purity of what you buy.”');
    expect(payne?.source).toBe('Sherrif Payne');
    expect(payne?.sources).toBeUndefined();
  });

  it('takes the name before "one of …" or a title for the speaker, once: "Eric Reeves, one of the leading voices on Sudan, said"', () => {
    expect(matchAttribution('Eric Reeves, one of the leading American academic voices on Sudan, said he was appalled.')?.source).toBe('Eric Reeves');
    // Wikipedia: one person, named by title and by name.
    const eich = matchAttribution('Mozilla\'s CTO, Brendan Eich, acknowledged that this is "not a complete solution".');
    expect(eich?.source).toBe('Brendan Eich');
    expect(eich?.sources).toBeUndefined();
  });

  it('never takes a quote for its speaker: "…misrepresenting women,” says study co-author Boris Kingma"', () => {
    const kingma = matchAttribution('You’re totally misrepresenting women,” says study co-author Boris Kingma, a biophysicist at Maastricht University Medical Center in the Netherlands.');
    expect(kingma?.source).toBe('study co-author Boris Kingma');
    expect(kingma?.sources).toBeUndefined();
    expect(matchAttribution('By this time the boss “was not happy,” says the son.')?.source ?? '').not.toMatch(/happy/);
    // A title in quotes is part of the subject, not a quote.
    expect(matchAttribution('Matthew Inman of “The Oatmeal” wrote that 40 words were enough.')?.source).toMatch(/^Matthew Inman/);
  });

  it('takes the subject a relative clause describes, and no relative clause where there is none', () => {
    const source = (sentence: string) => matchAttribution(sentence)?.source;
    expect(source('The group that represents more than 155,000 Realtors across the country said sales fell 30 per cent.')).toBe('The group');
    expect(source('The craft broke up over the Tuva region in Siberia that borders Mongolia, Roscosmos said in a statement.')).toBe('Roscosmos');
    expect(source('At which point the late night host insisted, “you stole that coat.”') ?? '').not.toMatch(/^At\b/);
    expect(source('The coroner for that case, Sherrif Payne, who deemed the cause of death ecstasy toxicity, told The Independent about 2 deaths.')).toBe('Sherrif Payne');
  });

  it('takes the one told for no source: "He was told that…", "what they were told"', () => {
    expect(matchAttribution('He was told that the plant would close in 2027.')).toBeNull();
    expect(matchAttribution('They were never told the 40 schools would reopen.')).toBeNull();
    // The active forms still report.
    expect(matchAttribution('The minister told reporters that 3 bridges failed.')?.source).toBe('The minister');
    expect(matchAttribution('People are telling her that 2 of the bridges failed.')?.source).toBe('People');
    // An editor's bracket is no part of the speaker.
    expect(matchAttribution('"[They\'d say,] \'Hey, I care about 3 things, too!\'"')?.source).toBe('They');
  });

  it('reads "maintains" as reporting only before a statement', () => {
    expect(matchAttribution('Mozilla maintains a comprehensive developer documentation website with 40 guides.')).toBeNull();
    expect(matchAttribution('The company maintains it did nothing wrong in 2019.')?.source).toBe('The company');
    expect(matchAttribution('Acme has maintained that 40 rules were broken.')?.source).toBe('Acme');
  });

  it('reads "states" as a verb only before what is stated', () => {
    expect(matchAttribution('In the binary system a bit has two states, 0 and 1.')).toBeNull();
    expect(matchAttribution('Conway, who won Rust Belt states most pollsters believed would go Democratic, will advise him.')?.source ?? '').not.toMatch(/states|Rust Belt/);
    expect(matchAttribution('The report states that 40 schools closed.')?.source).toBe('The report');
    expect(matchAttribution('Emery states, “Incredible that 3 of them lied.”')?.source).toBe('Emery');
  });

  it('gives an -ing form the subject of the clause it follows, and none to a noun or another’s act', () => {
    const source = (sentence: string) => matchAttribution(sentence)?.source;
    expect(source('Alibaba hit out at Kering after the French luxury giant filed a lawsuit in New York alleging that 40 sellers were fake.')).toBe('the French luxury giant');
    expect(source('In November, Ireland filed an appeal against the ruling after repeatedly saying the country disagrees.')).toBe('Ireland');
    expect(matchAttribution('The shorter story is how Tarot came to be used in fortune telling.')).toBeNull();
    expect(source('Trump retweeted supporters who blasted CNN’s Jeff Zeleny for reporting that 3 million votes were illegal.') ?? '').not.toBe('Trump');
  });

  it('takes the speaker after a participle phrase, and a group named after the verb', () => {
    expect(matchAttribution('“It was a blessing,” Ms. Haley, seated next to Mr. Trump in the Oval Office, told reporters.')?.source).toBe('Ms. Haley');
    expect(matchAttribution('The findings give insights into the biology of consciousness, say the researchers, and they help us.')?.source).toBe('the researchers');
  });

  it('takes no speaker from a question or a supposition: "What added thing…", "why anyone would believe it"', () => {
    expect(matchAttribution('What added thing is there, perfectly reasonable, that he will be sure to refuse to do?')).toBeNull();
    expect(matchAttribution('One wonders why anyone would believe it after 40 years of failures.')).toBeNull();
    expect(matchAttribution('Nobody believes the port will reopen before 2027.')).toBeNull();
  });

  it('leaves when it was out of the source: "Verizon in October announced", "this year the Treasury Department said"', () => {
    const source = (sentence: string) => matchAttribution(sentence)?.source;
    expect(source('Verizon in October announced a plan to use drones for 40 rescue teams.')).toBe('Verizon');
    expect(source('Interest rose after SoftBank earlier this month said it plans to invest $50 billion.')).toBe('SoftBank');
    expect(source('A Gallup Korea poll released on Friday showed the approval rating at 13%.')).toBe('A Gallup Korea poll');
    expect(source('Harriet Tubman has a park in her honor, and this year the Treasury Department announced 2 new notes.')).toBe('the Treasury Department');
    expect(source('In a report released in November 2012, Mozilla reported that revenue was $163 million.')).toBe('Mozilla');
    expect(source('Trump more recently has said he has an open mind about 2 of the deals.')).toBe('Trump');
    // A name ending in a month's word keeps it.
    expect(source('Prime Minister Theresa May said the deal would pass by 20 votes.')).toBe('Prime Minister Theresa May');
  });

  it('takes no one for a source in a negation or a lower-case group after a time phrase', () => {
    expect(matchAttribution('“Most of us don’t believe that a slimming tablet could possibly kill 2 people.')).toBeNull();
    const group = matchAttribution('In 2024, 70% of respondents told researchers it takes more than a month to onboard.')?.source;
    expect(group === undefined || !isNamedSource(group)).toBe(true);
  });

  it('takes a name and what the person is as one source, however long the description', () => {
    const one = (sentence: string) => {
      const a = matchAttribution(sentence);
      return { source: a?.source, sources: a?.sources };
    };
    expect(one('“It is a mystery,” Robin Rönnlund, PhD student in Classical Archaeology, said.')).toEqual({ source: 'Robin Rönnlund', sources: undefined });
    expect(
      one('“It is a mystery,” Robin Rönnlund, PhD student in Classical Archaeology and Ancient History at the University of Gothenburg and leader of the fieldwork, said.'),
    ).toEqual({ source: 'Robin Rönnlund', sources: undefined });
    expect(one('The chief executive of Yahoo, Marissa Mayer, said that she was expecting twin girls in December.')).toEqual({ source: 'Marissa Mayer', sources: undefined });
    expect(one('In its analysis of the impact on Nigeria, SBM Intel, a Lagos intelligence firm, says Nigeria is “at risk” of a 2nd recession.').source).toBe('SBM Intel');
    // Two names are still two sources.
    expect(one('Reuters, AFP and the BBC reported that 18 ships were stuck.').sources).toEqual(['Reuters', 'AFP', 'the BBC']);
  });

  it('reads "show", "report", "claim" and the like as nouns where they are nouns', () => {
    expect(matchAttribution('During her appearance on the late night talk show, the host asked about 3 photos.')?.verb).not.toBe('show');
    expect(matchAttribution('Jones took issue with Trump’s claims that he had saved 1,100 jobs.')).toBeNull();
    expect(matchAttribution('The same goes for his absurd claim on Sunday that he would have won 3 states.')).toBeNull();
    expect(matchAttribution('Georges Claude premiered his neon lights at the Paris Motor Show in December 1910.')).toBeNull();
    expect(matchAttribution('San Diego needs a certified environmental impact report in place before it can finalize 2 deals.')).toBeNull();
    // The same words as verbs.
    expect(matchAttribution('Surveys show that 40 percent of voters are undecided.')?.verb).toBe('show');
    expect(matchAttribution('The Wrap reports that the team is offering $2 million.')?.source).toBe('The Wrap');
    expect(matchAttribution('Some advertisers claim that 90 percent of users opt in.')?.verb).toBe('claim');
  });

  it('names nobody for the writer ("said I"), a clause ending in "who", or a group or person left unnamed', () => {
    expect(matchAttribution('“Sit down, Turkey,” said I, “and hear what Nippers has to say about the 3 desks.”')).toBeNull();
    expect(matchAttribution('To the person who wrote it, 40 thanks.')).toBeNull();
    for (const sentence of [
      'Supporters claimed the boycott was justified by 2 incidents.',
      'My old homeroom teacher told me that 9 of 10 applicants fail.',
    ]) {
      const source = matchAttribution(sentence)?.source;
      expect(source && isNamedSource(source)).toBe(false);
    }
  });

  it('takes the speaker named after the verb, not the quote\'s last words, and never the one told', () => {
    expect(matchAttribution('“We do not need to make 2 devices, in the Microsoft sense,” explains Groene.')?.source).toBe('Groene');
    expect(matchAttribution('“I’ll never forget those 3 days,” recalls Stephen.')?.source).toBe('Stephen');
    expect(matchAttribution('The launch will cost $2 million, Jim Cantrell, the company’s chief executive, told NBC News.')?.source).toMatch(/^Jim Cantrell/);
    // Where the words were said is no part of the speaker, even when it names a title.
    const book = matchAttribution('“Three in four families received nothing,” wrote sociologist Jane Doe in her book Waiting: Rent and Ruin in the City.');
    expect([book?.source, book?.sources]).toEqual(['sociologist Jane Doe', undefined]);
    expect(matchAttribution('Jane Doe in a letter to the board said the plan had failed.')?.source).toBe('Jane Doe');
  });

  it('starts the speaker after a clause or a reporting verb before it, and reads a noun before a comma as no verb', () => {
    expect(matchAttribution('Soon after he met the general, Trump sources said that the dinner would go ahead.')?.source).toBe('Trump sources');
    expect(matchAttribution('Our sources say Lupita told police it was taken from her room.')?.source).toBe('Lupita');
    // "how Hamilton and Ellen Gille wrote": a clause that names what was done, nobody's statement.
    expect(matchAttribution('The retellings say little about how Hamilton and Ellen Gille wrote the program in 1963.')?.source).not.toMatch(/Hamilton/);
    const tweets = matchAttribution('Executives called the transition team after the president-elect’s Air Force One tweets, according to three people familiar with the discussions.');
    expect(tweets?.source).toBe('three people familiar with the discussions');
    expect(matchAttribution('He claims, somewhat sheepishly, that the film was about 2 people.')?.source).toBe('He');
  });

  it('leaves an adverb and when it was said out of the speaker', () => {
    expect(matchAttribution('RMS has consistently argued that there were 2 campaigns against him.')?.source).toBe('RMS');
    expect(matchAttribution('“I keep his house,” Zsa Zsa Gabor famously said in 1987.')?.source).toBe('Zsa Zsa Gabor');
    expect(matchAttribution('Wired Italy reports that 3 firms resisted the deal.')?.source).toBe('Wired Italy');
    expect(matchAttribution('Are you even talking about what Samantha actually said about the 40 games?')).toBeNull();
    expect(matchAttribution('Their 5th generation parts were just announced in 2016.')).toBeNull();
    expect(matchAttribution('“I will take odds he does not,” said a voice as I passed.')).toBeNull();
  });

  it('reads a name’s possessive as what was said or described, not as who said it', () => {
    const lee = matchAttribution('Lee, the party leader, said Yoon’s “illegal declaration of martial law” had caused chaos.');
    expect([lee?.source, lee?.sources]).toEqual(['Lee', undefined]);
    expect(matchAttribution('The economy fell short of the agency’s projected growth rate of 4.6% last year.')).toBeNull();
    expect(matchAttribution('“We are done,” said Jane Doe’s lawyer.')?.source).toBe('Jane Doe’s lawyer');
  });

  it('does not read "the United States" as someone stating something', () => {
    expect(matchAttribution('In 1998, agents blew up the United States Embassies in Kenya and Tanzania, killing more than 200 people.')).toBeNull();
    expect(matchAttribution('The United States said it would send 200 troops.')?.source).toBe('The United States');
  });

  it('skips an appositive between the speaker and the verb', () => {
    expect(findAttribution('Dr. Priya Natarajan, who heads the clinic, said 40 patients were treated.')?.source).toMatch(/Priya Natarajan/);
  });

  it('leaves out the words that lead up to the speaker, but keeps an appositive after a name', () => {
    expect(matchAttribution('With everyone looking at him with wide eyes, Dev says the budget is 40 percent short.')?.source).toBe('Dev');
    expect(matchAttribution('However, on Tuesday, China indicated that it was ready to return to the talks.')?.source).toBe('China');
    expect(matchAttribution('Clearly, Energy Control believed that its reputation would carry over.')?.source).toBe('Energy Control');
    expect(matchAttribution('Most of the money went to the revenues collected from that event, Wicker said.')?.source).toBe('Wicker');
    expect(matchAttribution('After years of hostile relations, the government plans to lift trade sanctions on Sudan, Obama administration officials said late Thursday.')?.source).toBe('Obama administration officials');
    expect(matchAttribution('Jim Cantrell, Vector Space Systems CEO, said the launch would cost $2 million.')?.source).toMatch(/^Jim Cantrell/);
    // The writer's own "I" after the lead-in is not made a source.
    expect(matchAttribution('As an adolescent, I was often told that the river had flooded 12 times.')?.source ?? '').not.toMatch(/^I\b/);
  });

  it('takes no one for a source who is not a third party: the writer, the reader, a clause cut off before its verb', () => {
    for (const sentence of [
      'Most importantly, I believe we must find a way to cut emissions by 40 percent.',
      'I finally found 3 copies that would consent to install themselves.',
      'It was 20 minutes long, which is something I’d never seen announced.',
      'Will you tell me where the other 12 boxes went?',
      'Kristen Hayford contributed to this report.',
      'Democrats can say that the plan costs $2 billion.',
      'The Ross Dependency is New Zealand’s territorial claim in Antarctica, covering 450,000 square kilometres.',
    ]) {
      expect(matchAttribution(sentence), sentence).toBeNull();
    }
    // Test-authored sentences: the writer's team, a passive "we're told", an idiom, a title with a verb in it.
    for (const sentence of [
      'We found an increase in 400 status codes after the update.',
      'We’ve added a control for steep cliffs in version 2.',
      'We’re told there is footage of the 3 suspects.',
      'Ask most visitors about the city and they’ll say the 3 bridges.',
      'The launch went according to plan on 4 March.',
      'His 12 books include one on cards: Tarot for Fun and Fortune Telling, published in 1970.',
    ]) {
      expect(matchAttribution(sentence), sentence).toBeNull();
    }
    // The writer's "we" inside a quote leaves the speaker after it.
    expect(matchAttribution('“We have found 100 percent pure cocaine,” he adds.')?.source).toBe('he');
    expect(matchAttribution('They’ve said the 4 ferries will stop.')).toMatchObject({ source: 'They', verb: 'said' });
    expect(matchAttribution('They will meet with Boeing and say that the 12 planes are late.')).toBeNull();
    expect(matchAttribution('The HSC serves RPCs for claiming a task for execution.')).toBeNull();
    // A speaker the pattern cuts off ("… of the city’s …") keeps the name, not the dangling "of the".
    expect(matchAttribution('“The pipes froze twice,” said Tasos Georgelis of the city’s Department of Environmental Protection.')?.source).toBe('Tasos Georgelis');
    // People described by a clause are still an (unnamed) source.
    expect(matchAttribution('Two officials who asked not to be named said that 3 ministers would resign.')?.source).toBe('Two officials who asked not to be named');
  });

  it('takes no one for a source in a passive, a relative clause or a question, and leaves out a linking word before the name', () => {
    // Test-authored sentences in the shapes found on pages-dev.
    for (const sentence of [
      'More details can be found in the appendix below.',
      'No cause had ever been found for the outage.',
      'She shared an article by a local paper that claimed the mayor had resigned.',
      'Aren’t those the kinds of things reformers say they hate about the council?',
      'If found, configure the route to use the backup link.',
      'The sum of the two matrices is symmetric, as claimed.',
      'Ireland owns a stake in the airline, which posted a loss in the first quarter.',
      'So saying, the clerk rose to his feet.',
    ]) {
      expect(matchAttribution(sentence), sentence).toBeNull();
    }
    expect(findAttribution('However, Mr Okafor said the talks had stalled.')).toEqual({ source: 'Mr Okafor', verb: 'said' });
    expect(findAttribution('Instead, Jerry suggested his team trade out of the pick.')).toEqual({ source: 'Jerry', verb: 'suggested' });
    expect(findAttribution('Still Okafor said the talks had stalled.')).toEqual({ source: 'Okafor', verb: 'said' });
    // "Now" is no part of the source, and research nobody names is an unnamed source, not a named one.
    expect(findAttribution('Now research shows the opposite is true.')).toEqual({ source: 'research', verb: 'shows' });
    expect(isNamedSource('research')).toBe(false);
    expect(findAttribution('I got in touch with Ana Silva and she said the talks went well.')).toEqual({ source: 'Ana Silva', verb: 'said' });
    // After the quote: "said of" what the words are about, "has said", and a passive with no speaker.
    expect(findAttribution('“It was really appealing,” Zitt-James said of renting.')).toEqual({ source: 'Zitt-James', verb: 'said' });
    expect(findAttribution('“We will have a tremendous success,” President Okafor has said of the bill.')).toEqual({ source: 'President Okafor', verb: 'said' });
    expect(matchAttribution('He made no reply, and nothing more was said.')).toBeNull();
  });

  it('reads the speaker inside a bracket still open before the verb, and keeps a closed one in a name', () => {
    // Test-authored sentences in the shapes found on pages-dev.
    expect(findAttribution('He built shelters under his flat overlooking Central Park (representatives of the former Harlow estates in Kent say they never saw one).')).toEqual({
      source: 'representatives of the former Harlow estates in Kent',
      verb: 'say',
    });
    expect(findAttribution('The stars did their own stunts (asked about the scene, Stone says it was wonderful).')).toEqual({ source: 'Stone', verb: 'says' });
    expect(findAttribution('South Korea’s National Intelligence Service (NIS) said 12,000 troops were sent.')?.source).toBe('South Korea’s National Intelligence Service (NIS)');
  });

  it('counts several named sources as several', () => {
    expect(findAttribution('Reuters and the Associated Press reported that the vote was delayed.')?.sources).toEqual(['Reuters', 'the Associated Press']);
    const two = matchAttribution('The Kenyan Red Cross said 14 people died, and the Interior Ministry of Kenya confirmed the toll.');
    expect(two?.sources?.length).toBe(2);
  });

  it('finds the speaker whatever the case of the verb, after a no-break space, or in a sentence with İ or ſ', () => {
    expect(findAttribution('THE HEALTH MINISTRY SAID THAT FORTY PEOPLE HAD DIED.')).toEqual({ source: 'THE HEALTH MINISTRY', verb: 'said' });
    expect(findAttribution('“The port is closed,”\u00a0said Harbour Master Ines Varga, speaking in Split.')).toEqual({ source: 'Harbour Master Ines Varga', verb: 'said' });
    expect(findAttribution('Officials in İzmir said the fire was contained.')?.verb).toBe('said');
    // The `i` flag with `u` folds ſ onto s, so the reporting-verb pattern reads "ſaid" as "said".
    expect(findAttribution('The health ministry ſaid that 40 people had died.')?.source).toBe('The health ministry');
  });

  it('gives ", saying…" and ", telling…" to the subject of the clause before them, or to no one', () => {
    // Test-authored sentences in the shapes wire stories use.
    expect(matchAttribution('Lina Ortiz, the head of the port union, urged the minister to resign, telling reporters that 40 cranes were idle.')?.source).toBe('Lina Ortiz');
    expect(matchAttribution('The embattled minister rejected the plan, saying it would cost 40 jobs.')?.source).toBe('The embattled minister');
    expect(matchAttribution('Earlier Saturday, Ortiz apologised in a brief address, saying the 3 delays were hers.')?.source).toBe('Ortiz');
    expect(matchAttribution('The rail agency would not immediately explain the fault, saying 12 engineers were still looking into it.')?.source).toBe('The rail agency');
    expect(matchAttribution('On Tuesday, he started a new row online, saying 2 judges should resign.')?.source).toBe('he');
    expect(matchAttribution('Quite surprised, I called out, saying 3 words.')).toBeNull();
    expect(matchAttribution('First, saying that the new ski is the best of 2024 is a bold claim.')).toBeNull();
  });

  it('takes a body named in lower case after a lead-in or at the end ("the government said"), but not a thing ("the plan says")', () => {
    expect(matchAttribution('However, the government said 40 people died.')?.source).toBe('the government');
    expect(matchAttribution('In a statement, the company’s lawyers said 3 claims were false.')?.source).toBe('the company’s lawyers');
    expect(matchAttribution('The club hired 2 new coaches, the school announced Friday morning.')?.source).toBe('the school');
    expect(matchAttribution('Since then, the plan says 40 homes are due.')).toBeNull();
  });

  it('reads a reporting verb followed by what was reported, not only by a clause ("reported over 4,000 cases", "announced plans")', () => {
    expect(matchAttribution('Peru has reported over 4,000 cases so far.')).toMatchObject({ source: 'Peru', verb: 'reported' });
    expect(matchAttribution('Lionsgate yesterday announced plans to finance up to 25 films.')).toMatchObject({ source: 'Lionsgate', verb: 'announced' });
    expect(matchAttribution('Officials announced new sanctions on 40 firms.')).toMatchObject({ source: 'Officials', verb: 'announced' });
  });

  it('gives "X, who said" to X, and reads no report into "which maintains", "talk shows" or "added to"', () => {
    // Test-authored sentences.
    expect(matchAttribution('He accepted the resignation of his deputy Lina Ortiz, who said 3 ministers knew.')?.source).toBe('Lina Ortiz');
    expect(matchAttribution('The rise was welcomed by the Central Bank of Kenya, which said inflation fell to 4 percent.')?.source).toBe('Central Bank of Kenya');
    expect(matchAttribution('He met the farmers, who said 40 cows died.')).toBeNull();
    expect(matchAttribution('Con Edison, which maintains 4,300 miles of mains, records 500 leaks a year.')).toBeNull();
    expect(matchAttribution('Ortiz became a regular on the 3 Sunday talk shows.')).toBeNull();
    expect(matchAttribution('Its parent folder has 2 files, and each folder added to it has one more.')).toBeNull();
    expect(matchAttribution('“It is a long scene,” he claims.')?.source).toBe('he');
  });

  it('gives evidence from the source’s own words, not a word it hides in, and no reference marker in a name', () => {
    expect(matchAttribution('In the meantime, he wrote that 40 ferries had sunk.')).toMatchObject({ source: 'he', evidence: 'he wrote' });
    expect(matchAttribution('Speakers of Māori numbered 148,395, according to the 2013 census[270]')?.source).toBe('the 2013 census');
  });

  it('leaves a news site’s caption label out of the speaker: "Media caption Mr Obama told the BBC…"', () => {
    expect(matchAttribution('Media caption Mr Obama told the BBC that gun control was his biggest frustration')?.source).toBe('Mr Obama');
    expect(matchAttribution('Image copyright Reuters Image caption Officials said 40 ferries had sunk.')?.source).toBe('Officials');
  });

  it('takes a speaker’s title in small letters with the name: "…,” said former secretary of state John Kerry."', () => {
    expect(matchAttribution('“It is a long scene,” said former secretary of state John Kerry.')?.source).toBe('former secretary of state John Kerry');
    expect(matchAttribution('“It is a long scene,” said former Secretary of State John Kerry.')?.source).toBe('former Secretary of State John Kerry');
    expect(matchAttribution('“Jerry sees around corners,” says former NFL general manager Bill Polian, who worked with him.')?.source).toBe(
      'former NFL general manager Bill Polian',
    );
  });

  it('takes the name after a description and a comma for the speaker, and the words before the verb for what was said', () => {
    expect(matchAttribution('“Prices will rise,” said the company’s chief executive, Jane Doe.')?.source).toBe('Jane Doe');
    expect(matchAttribution('“Prices will rise,” said the former secretary of state, John Kerry.')?.source).toBe('John Kerry');
    const inverted = matchAttribution('Prices will rise, said Acme’s chief executive, Jane Doe.');
    expect(inverted?.source).toBe('Jane Doe');
    expect(inverted?.sources).toBeUndefined();
    expect(matchAttribution('Prices will rise, said former secretary of state John Kerry.')?.source).toBe('former secretary of state John Kerry');
  });

  it('takes no linking phrase and no clause that names what was said for a source', () => {
    // From pages nobody here wrote: "said" as an adjective after a linking phrase, a heading, a question.
    expect(matchAttribution('On the other hand, said potential resource had blown up a city and terrorised Japan for over a century.')).toBeNull();
    expect(matchAttribution('What Line says about the Outline')).toBeNull();
    expect(matchAttribution('Dude, are you even trying to talk about what Samantha actually wrote?')).toBeNull();
    // A reason clause still reports, and a name after a linking phrase still speaks.
    expect(matchAttribution('That is one reason why Earl Hypolite and Naomi Zitt-James say they are looking to buy a house.')?.sources).toEqual(['Earl Hypolite', 'Naomi Zitt-James']);
    expect(matchAttribution('In other words, Smith said no.')?.source).toBe('Smith');
  });

  it('takes the name before a title that no comma closes, and "one" before a name as no part of it', () => {
    const durr = matchAttribution(
      'Despite the concern from New Yorkers, Eric Durr, Director of Public Affairs at New York State Division of Military and Naval Affairs told Mashable the plane was simply an HC-130.',
    );
    expect(durr?.source).toBe('Eric Durr');
    expect(durr?.sources).toBeUndefined();
    expect(matchAttribution('A valid point, and one Bielefeld explicitly acknowledges, here:')?.source).toBe('Bielefeld');
    expect(matchAttribution('One Direction said the tour was over.')?.source).toBe('One Direction');
  });

  it('reads "found" as reporting a finding, not a thing found', () => {
    for (const s of ['They found $12,000 in cash in the house.', 'A man in England found a statue worth £20,000 behind overgrown bushes.', 'More penguin species are found in New Zealand than in any other country.']) {
      expect(matchAttribution(s), s).toBeNull();
    }
    expect(matchAttribution('Previous research has found our enjoyment for comedy might stem from laughter.')?.source).toBe('Previous research');
    expect(matchAttribution('The inquiry found no evidence of fraud at the agency.')?.source).toBe('The inquiry');
    expect(matchAttribution('Researchers found a 20 percent rise in cases.')?.source).toBe('Researchers');
    expect(matchAttribution('An analysis of the data found that 62 percent of the accounts were bots.')?.verb).toBe('found');
  });

  it('reads writing or posting about something as a topic, not as what someone said', () => {
    // Test-authored sentences in the shape found on pages-dev ("when Trump tweeted a dozen times about…").
    for (const s of [
      'When the governor tweeted a dozen times about the audit, she was stalling for time.',
      'Okafor posted about the flooding, which has displaced 4,000 families.',
      'The mayor wrote a book about the 1998 strike.',
    ]) {
      expect(matchAttribution(s), s).toBeNull();
    }
    // What was written, said in the same sentence, is still reported.
    expect(matchAttribution('The governor tweeted that the audit had found 300 errors.')?.source).toBe('The governor');
    expect(matchAttribution('Okafor wrote in a letter about the dam that its walls were cracked.')?.source).toBe('Okafor');
    expect(matchAttribution('Okafor wrote about the dam: “Its walls are cracked.”')?.source).toBe('Okafor');
    expect(matchAttribution('Okafor posted about the vote, saying that 40 percent of ballots were lost.')?.source).toBe('Okafor');
  });

  it('keeps a role after a name with the speaker, and when it was said out of it', () => {
    expect(matchAttribution('“Pence is really effective,” said a GOP insider in the first-in-the-nation primary state.')?.source).toBe('a GOP insider');
    expect(matchAttribution('“It works,” said a Pentagon official.')?.source).toBe('a Pentagon official');
    expect(matchAttribution('“It works,” said the Bank of England.')?.source).toBe('the Bank of England');
    expect(matchAttribution('This book delved into the history of tarot, and for the first time Kaplan wrote that Arthur Edward Waite had designed the deck.')?.source).toBe('Kaplan');
  });

  it('reads "according to" a rule or a usage as naming no one', () => {
    expect(matchAttribution('We needed to run the correct server on our emulator, according to the architecture used.')).toBeNull();
    expect(matchAttribution('Classical computers manipulate those bits according to simple rules.')).toBeNull();
    expect(matchAttribution('A request made according to common usage and common sense?')).toBeNull();
    expect(matchAttribution('Production brought £150 million to Britain, according to company accounts.')?.source).toBe('company accounts');
  });

  it('reads past an aside between commas to the speaker: "The Red Cross, however, said"', () => {
    expect(matchAttribution('The Red Cross, however, said 9,000 families were still waiting.')?.source).toBe('The Red Cross');
    expect(matchAttribution('The ministry, for its part, said the figure was 4,000.')?.source).toBe('The ministry');
    expect(matchAttribution('Smith, in a statement, said the plan was dead.')?.source).toBe('Smith');
  });

  it('names no one in a figure of the page, a title in capitals, "as claimed", or a first word like "New" or "Another"', () => {
    expect(isNamedSource('Figure 9')).toBe(false);
    expect(isNamedSource('New study')).toBe(false);
    expect(isNamedSource('Another 48.6%')).toBe(false);
    expect(isNamedSource('Previous research')).toBe(false);
    expect(isNamedSource('New York Times')).toBe(true);
    expect(matchAttribution('Jodie Prenger Talks TELL ME ON A SUNDAY')).toBeNull();
    expect(matchAttribution('Proof: if A = I, then I = H, so A = H as claimed.')).toBeNull();
    expect(matchAttribution('THE MINISTRY SAID 4 PEOPLE DIED.')?.source).toBe('THE MINISTRY');
    expect(matchAttribution('Local people reported seeing a flash of light west of Kyzyl, the Tuva government was quoted as saying late Thursday by the Interfax news agency.')?.source).toBe('the Tuva government');
    expect(matchAttribution('The fire spread quickly, the Tuva government was quoted as saying.')?.source).toBe('the Tuva government');
  });

  it('names no one in what anybody has, and no unnamed speaker in what officials have', () => {
    expect(matchAttribution('“Someone’s choice in lingerie style reveals more about their personality than any piece of outerwear.')).toBeNull();
    expect(matchAttribution('Everyone’s favourite economist, Jane Smith, said that 12 banks failed.')?.source).toBe('Jane Smith');
    expect(ANONYMOUS_SOURCE.test('officials’ records')).toBe(false);
    expect(ANONYMOUS_SOURCE.test('Someone’s choice')).toBe(false);
    expect(ANONYMOUS_SOURCE.test('someone')).toBe(true);
    expect(ANONYMOUS_SOURCE.test('officials')).toBe(true);
  });

  it('leaves how often someone speaks out of the source: "Jerry always says", "frequently points out"', () => {
    expect(matchAttribution('“Jerry always says, You don’t really buy the team,” he says.')?.source).toBe('Jerry');
    expect(matchAttribution('Ms. Okafor often says that 12 banks failed in 2009.')?.source).toBe('Ms. Okafor');
    expect(matchAttribution('But as the labor organizer David Rolf frequently points out, 40 percent of jobs are part-time.')?.source).toBe('the labor organizer David Rolf');
  });

  it('leaves "even" before the verb out of the source: "Claire even claims"', () => {
    expect(matchAttribution('Claire even claims there is a marriage certificate and a will to back her up.')?.source).toBe('Claire');
    expect(matchAttribution('Are you even talking about what Samantha said about the 40 games?')).toBeNull();
  });

  it('ends "(according to X)" at its bracket, and keeps the party’s own brackets', () => {
    expect(matchAttribution('Unemployment (according to the ministry) rose to 5 percent in March.')?.source).toBe('the ministry');
    expect(matchAttribution('Spending rose 4% (according to South Korea’s National Intelligence Service (NIS)) last year.')?.source).toBe(
      'South Korea’s National Intelligence Service (NIS)',
    );
    expect(matchAttribution('Prices rose 5% according to the Office for National Statistics (ONS)')?.source).toBe('the Office for National Statistics (ONS)');
  });

  it('reads "states" after a number as the noun: "a bit has two states: on and off"', () => {
    expect(matchAttribution('In the binary system a bit has two states: on and off.')).toBeNull();
    expect(matchAttribution('The report states: 12 banks failed in 2009.')?.source).toBe('The report');
  });

  it('reads past a role of something after a name: "Louis Hyman, author of Borrow: The American Way of Debt, pointed out"', () => {
    expect(matchAttribution('Louis Hyman, author of Borrow: The American Way of Debt, pointed out that 10% of homes had electricity.')?.source).toBe('Louis Hyman');
    expect(matchAttribution('Tristan Nitot, president of Mozilla Europe, has said that a phone version is unlikely.')?.source).toBe('Tristan Nitot');
    expect(matchAttribution('Eich stepped down in 2014 and Mitchell Baker, executive chairwoman of Mozilla Corporation, posted a statement.')?.source).toBe('Mitchell Baker');
    // After a place and a comma, the name ends the list, not a clause: the speaker is still found whole.
    expect(
      matchAttribution("Officers arrested the suspects on Interstate 10 on their way to Orlando, Jake Frith, special agent for the attorney general's office, said.")?.source,
    ).toBe('Jake Frith');
  });

  it('finds no attribution where nobody reports anything', () => {
    for (const s of ['The bridge opened to traffic in 1998 after six years of work.', 'Prices for wheat have climbed for three straight months.', 'The report runs to 300 pages.']) {
      expect(attributed.detect(s)).toBeNull();
    }
  });
});
