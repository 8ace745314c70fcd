import { useId } from 'preact/hooks';

/** One choice in a filter menu. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface NotesFiltersProps {
  claimOptions: FilterOption[];
  claimFilter: string;
  onClaimFilter: (value: string) => void;
  linkOptions: FilterOption[];
  linkFilter: string;
  onLinkFilter: (value: string) => void;
}

/** Filters for the claim list (by kind or note) and the link list (by status). */
export function NotesFilters(props: NotesFiltersProps) {
  const claimId = useId();
  const linkId = useId();
  return (
    <div class="filters">
      <div class="filters__field">
        <label for={claimId}>Show claims</label>
        <select id={claimId} value={props.claimFilter} onChange={(e) => props.onClaimFilter((e.currentTarget as HTMLSelectElement).value)}>
          {props.claimOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label} ({o.count})
            </option>
          ))}
        </select>
      </div>
      <div class="filters__field">
        <label for={linkId}>Show links</label>
        <select id={linkId} value={props.linkFilter} onChange={(e) => props.onLinkFilter((e.currentTarget as HTMLSelectElement).value)}>
          {props.linkOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label} ({o.count})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
