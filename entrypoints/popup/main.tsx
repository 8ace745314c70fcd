import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LinkCheckPanel } from '@/components/LinkCheckPanel';
import { OverlayToggles } from '@/components/OverlayToggles';
import { siteOf } from '@/utils/overlay/visibility';
import { useOverlayPreferences } from './overlay-settings';
import { PopupView, type PopupState } from '@/components/PopupView';
import { useLinkChecks } from './link-checks';
import { resolveTabId, revealClaim, watchTab } from './tab-analysis';
import './style.css';

function Popup({ tabId }: { tabId: number }) {
  const [state, setState] = useState<PopupState>({ kind: 'waiting' });
  useEffect(() => watchTab(tabId, setState), [tabId]);
  const [prefs, savePrefs] = useOverlayPreferences();
  const site = state.kind === 'ready' ? siteOf(state.notes.url) : '';
  const controls = prefs ? <OverlayToggles prefs={prefs} site={site} onChange={savePrefs} /> : null;
  const linkChecks = useLinkChecks(tabId, state.kind === 'ready' ? state.notes : null);
  return (
    <PopupView state={state} controls={controls} onReveal={(claimId) => revealClaim(tabId, claimId)} linkChecks={<LinkCheckPanel {...linkChecks} />} />
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
