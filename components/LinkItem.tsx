import { LINK_MARKER_LABELS } from '@/utils/overlay/link-markers';
import type { LinkReport, LinkStatus } from '@/utils/types';
import { LinkRating } from './DomainRating';

/** A link status's reader-facing name, the same words the page marker shows. */
export function statusLabel(status: LinkStatus): string {
  return LINK_MARKER_LABELS[status] ?? status;
}

export interface LinkItemProps {
  link: LinkReport;
}

/** One flagged link: its status in words, why, and what broken markup hid. */
export function LinkItem({ link }: LinkItemProps) {
  const label = link.text.trim() || (link.tag === 'img' ? '(image without alt text)' : '(link without text)');
  return (
    <li class="link" data-link-status={link.status}>
      <div class="link__head">
        <span class="link__status">
          <span aria-hidden="true">⚠ </span>
          {statusLabel(link.status)}
        </span>
        <span class="link__text">
          {link.tag === 'img' ? 'Image: ' : ''}
          {label}
        </span>
        {link.inArticle ? null : <span class="link__where">outside the article</span>}
      </div>
      <p class="link__reason">{link.reason}</p>
      <LinkRating link={link} />
      {link.swallowedText ? (
        <p class="link__swallowed">
          Broken markup hid: <q>{link.swallowedText}</q>
        </p>
      ) : null}
      {link.href !== null && link.href.trim() !== '' ? (
        <p class="link__href">
          <span class="visually-hidden">Address as written: </span>
          <code>{link.href.length > 120 ? `${link.href.slice(0, 120)}…` : link.href}</code>
        </p>
      ) : null}
    </li>
  );
}
