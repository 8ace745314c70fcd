import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LinkCheckPanel } from '@/components/LinkCheckPanel';
import { OverlayToggles } from '@/components/OverlayToggles';
import { mayRunOn, siteOf } from '@/utils/overlay/visibility';
import { usePopupNotes } from './user-notes';
import { useOverlayPreferences } from './overlay-settings';
import { PopupView, type PopupState } from '@/components/PopupView';
import { useLinkChecks } from './link-checks';
import { fetchAnalysis, resolveTabId, revealClaim, watchTab } from './tab-analysis';
import './style.css';

function Popup({ tabId }: { tabId: number }) {
  const [state, setState] = useState<PopupState>({ kind: 'waiting' });
  useEffect(() => watchTab(tabId, setState), [tabId]);
  const [prefs, savePrefs] = useOverlayPreferences();
  const site = state.kind === 'ready' ? siteOf(state.notes.url) : '';
  const controls = prefs ? <OverlayToggles prefs={prefs} site={site} onChange={savePrefs} /> : null;
  const linkChecks = useLinkChecks(tabId, state.kind === 'ready' ? state.notes : null);
  const userNotes = usePopupNotes(tabId, state.kind === 'ready' ? state.notes : null);
  // A site the user set to "never" has no analysis coming: say so instead of "Analysing…".
  const [tabUrl, setTabUrl] = useState('');
  useEffect(() => {
    if (state.kind === 'waiting') void fetchAnalysis(tabId).then((analysis) => setTabUrl(analysis?.url ?? ''));
  }, [tabId, state.kind]);
  const shown: PopupState = state.kind === 'waiting' && prefs && tabUrl && !mayRunOn(prefs, tabUrl) ? { kind: 'off', site: siteOf(tabUrl) } : state;
  return (
    <PopupView
      state={shown}
      controls={controls}
      onReveal={(claimId) => revealClaim(tabId, claimId)}
      linkChecks={<LinkCheckPanel {...linkChecks} />}
      claimNotes={userNotes.claimNotes}
      userNotes={
        <>
          {userNotes.otherNotes}
          {userNotes.unsavedSection}
          {userNotes.exportSection}
        </>
      }
    />
  );
}

async function start() {
  const root = document.getElementById('app')!;
  const tabId = await resolveTabId(location.search);
  if (tabId === null) {
    render(<PopupView state={{ kind: 'restricted', detail: 'There is no tab to analyse.' }} onReveal={async () => false} />, root);
    return;
  }
  render(<Popup tabId={tabId} />, root);
}

void start();
