import type { ComponentChildren } from 'preact';

export interface EmptyStateProps {
  title: string;
  children?: ComponentChildren;
  /** Announce politely to screen readers (for states that change by themselves, like "Analysing…"). */
  live?: boolean;
}

/** A plain statement of why there is nothing to list. */
export function EmptyState({ title, children, live }: EmptyStateProps) {
  return (
    <section class="empty" role={live ? 'status' : undefined}>
      <h2 class="empty__title">{title}</h2>
      {children ? <div class="empty__body">{children}</div> : null}
    </section>
  );
}
