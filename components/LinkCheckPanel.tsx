import type { LinkCheckProgress } from '@/utils/messaging';

export interface LinkCheckPanelProps {
  /** The tab's link-check run, or null when none ran. */
  progress: LinkCheckProgress | null;
  /** Whether ClaimLens may contact the linked sites; null while the popup asks the browser. */
  permitted: boolean | null;
  /** Web links on the page that no check has settled yet. */
  unchecked: number;
  /** The "Check links" click: asks for the permission first when needed (it must run in the click). */
  onCheck: () => void;
}

/** Why ClaimLens asks for the host permission, shown before the browser's own prompt. */
export const PERMISSION_REASON = 'ClaimLens needs permission to contact the linked sites to check them; nothing else is sent.';

/** The popup's link-check section: the permission's purpose, the button, live progress. */
export function LinkCheckPanel({ progress, permitted, unchecked, onCheck }: LinkCheckPanelProps) {
  const checking = progress?.phase === 'checking';
  return (
    <section class="section link-check" aria-labelledby="link-check-heading">
      <h2 id="link-check-heading" class="section__title">
        Link checks
      </h2>
      {permitted === false ? <p class="link-check__why">{PERMISSION_REASON}</p> : null}
      <p class="link-check__status" role="status">
        {statusLine(progress, permitted, unchecked)}
      </p>
      {checking ? <progress class="link-check__bar" max={Math.max(1, progress.total)} value={progress.done} aria-hidden="true" /> : null}
      {checking ? null : (
        <button type="button" class="link-check__button" onClick={onCheck}>
          Check links
        </button>
      )}
    </section>
  );
}

/** The sentence that says where link checks stand ("37 of 120 links checked"). */
export function statusLine(progress: LinkCheckProgress | null, permitted: boolean | null, unchecked: number): string {
  if (progress?.phase === 'checking') return `${progress.done} of ${progress.total} ${plural(progress.total)} checked`;
  if (progress?.phase === 'failed') return `Link check stopped: ${progress.error ?? 'unknown error'}`;
  if (progress?.phase === 'needs-permission' && permitted !== true) return 'Links not checked: permission not granted.';
  if (progress?.phase === 'done' && progress.total > 0 && unchecked === 0) return `${progress.total} ${plural(progress.total)} checked`;
  if (unchecked === 0) return 'No web links left to check on this page.';
  return `${unchecked} ${plural(unchecked)} not checked yet.`;
}

function plural(count: number): string {
  return count === 1 ? 'link' : 'links';
}
