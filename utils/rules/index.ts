/**
 * Every note rule, in one typed list: the order here is the order notes appear on a claim.
 * A meta-test (rules/registry.test.ts) checks that each registered rule has its own tests.
 */
import { absolute } from './absolute';
import { anonymousSource } from './anonymous-source';
import { brokenSourceLink } from './broken-source-link';
import { contestedRule } from './contested';
import { corroborated } from './corroborated';
import { factChecked } from './fact-checked';
import { interestedSource } from './interested-source';
import { hedgedRule, numericRule, predictionRule } from './kind-notes';
import { lowQualitySource } from './low-quality-source';
import { noSourceLink } from './no-source-link';
import { outdated } from './outdated';
import { singleSource } from './single-source';
import type { NoteRule } from './types';
import { unconfirmed } from './unconfirmed';

export type { NoteRule, RuleContext } from './types';

export const RULES: readonly NoteRule[] = [
  unconfirmed,
  contestedRule,
  interestedSource,
  singleSource,
  anonymousSource,
  corroborated,
  brokenSourceLink,
  noSourceLink,
  hedgedRule,
  predictionRule,
  outdated,
  absolute,
  numericRule,
  lowQualitySource,
  factChecked,
];
