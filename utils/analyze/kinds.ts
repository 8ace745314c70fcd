import type { ClaimKind } from '../types';

/** The kinds of claim a sentence is, from its own words. Placeholder until the detectors land. */
export function detectKinds(text: string): ClaimKind[] {
  return /\d/.test(text) ? ['numeric'] : [];
}
