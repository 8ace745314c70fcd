import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '@/components/PopupView';
import { resolveTabId, revealClaim, watchTab } from './tab-analysis';
import './style.css';

function Popup({ tabId }: { tabId: number }) {
  const [state, setState] = useState<PopupState>({ kind: 'waiting' });
  useEffect(() => watchTab(tabId, setState), [tabId]);
  return <PopupView state={state} onReveal={(claimId) => revealClaim(tabId, claimId)} />;
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
