export interface NotesCountsProps {
  claims: number;
  notes: number;
  flaggedLinks: number;
}

/** The page's figures at the top of the popup. */
export function NotesCounts({ claims, notes, flaggedLinks }: NotesCountsProps) {
  const figures: [string, number][] = [
    ['Claims', claims],
    ['Notes', notes],
    ['Flagged links', flaggedLinks],
  ];
  return (
    <dl class="counts">
      {figures.map(([label, value]) => (
        <div class="counts__item" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
