/**
 * Each tab's last reported analysis: in memory for speed, mirrored to `storage.session` so a
 * restarted MV3 service worker still knows what it was told (where session storage exists).
 */
import type { PageAnalysis } from '../messaging';
import { tabAnalysisItem } from '../storage';

/** Per-tab analyses, kept in memory and in session storage. */
export class TabAnalyses {
  private readonly memory = new Map<number, PageAnalysis>();
  /** Tabs cleared since start-up: their (stale) session copy must not come back. */
  private readonly cleared = new Set<number>();

  /** The tab's analysis, from memory, else from session storage (after a worker restart), else null. */
  async get(tabId: number): Promise<PageAnalysis | null> {
    const known = this.memory.get(tabId);
    if (known) return known;
    if (this.cleared.has(tabId)) return null;
    const stored = await readSession(tabId);
    // A report or a clear that arrived while we were reading wins over the older stored copy.
    if (this.memory.has(tabId) || this.cleared.has(tabId)) return this.memory.get(tabId) ?? null;
    if (stored) this.memory.set(tabId, stored);
    return stored;
  }

  /** Records a tab's analysis. */
  async set(tabId: number, analysis: PageAnalysis): Promise<void> {
    this.memory.set(tabId, analysis);
    this.cleared.delete(tabId);
    await writeSession(tabId, analysis);
  }

  /** Forgets a tab (navigated away or closed). */
  async clear(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    this.cleared.add(tabId);
    await writeSession(tabId, null);
  }
}

async function readSession(tabId: number): Promise<PageAnalysis | null> {
  try {
    return await tabAnalysisItem(tabId).getValue();
  } catch {
    // No session storage in this browser: memory is all there is.
    return null;
  }
}

async function writeSession(tabId: number, analysis: PageAnalysis | null): Promise<void> {
  try {
    const item = tabAnalysisItem(tabId);
    if (analysis) await item.setValue(analysis);
    else await item.removeValue({ removeMeta: true });
  } catch (error) {
    // Missing session storage or its quota reached: the in-memory copy still serves the popup.
    console.warn('ClaimLens: could not keep tab results in session storage', error);
  }
}
