/**
 * Numbers written as words, as one alternation for patterns: what the numeric kind reads as a figure
 * ("twelve", "hundreds", "half") and what attribution reads as a count before a noun ("two states").
 */
export const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|third|quarter|twice|double|triple|tripled|doubled|halved';
