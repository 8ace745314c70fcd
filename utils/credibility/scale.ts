/**
 * What the rating numbers mean. Kept apart from the table and the lookup (which pull in `tldts`), so
 * the notes and words the content script needs stay small.
 */

/** Below this score a domain counts as low quality (the `low-quality-source` note). */
export const LOW_QUALITY_THRESHOLD = 0.4;

/** Scores from this value up read as "high". */
export const HIGH_QUALITY_THRESHOLD = 0.7;

/** Citation of the shipped ratings, for the README, the options page and exports. */
export const LIN2023_CITATION =
  'Lin, Lasser, Lewandowsky, Cole, Gully, Rand & Pennycook, "High level of correspondence across different news domain quality rating sets", PNAS Nexus 2(9), 2023, doi:10.1093/pnasnexus/pgad286';
