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
  return (
    <div class="filters">
      <FilterSelect label="Show claims" options={props.claimOptions} value={props.claimFilter} onChange={props.onClaimFilter} />
      <FilterSelect label="Show links" options={props.linkOptions} value={props.linkFilter} onChange={props.onLinkFilter} />
    </div>
  );
}

/** One labelled filter menu; each choice shows how many items it keeps. */
function FilterSelect(props: { label: string; options: FilterOption[]; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div class="filters__field">
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}
