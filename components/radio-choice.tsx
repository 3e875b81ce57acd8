/** One choice of a radio group: the radio, its label in bold and a line describing it (the console's option lists). */
export function RadioChoice({
  name,
  value,
  checked,
  onChange,
  label,
  description,
  tutorial,
  boxed = false,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  description: string;
  /** The radio's name for the guided tutorial (lib/tutorial). */
  tutorial?: string;
  /** Drawn as a box, as the current console's device options are. */
  boxed?: boolean;
}) {
  return (
    <label className={`mb-3 flex cursor-pointer items-start gap-3 ${boxed ? "rounded-sm border border-line p-3" : ""}`}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="mt-1" data-tutorial={tutorial} />
      <span>
        <span className="block font-bold">{label}</span>
        <span className="block text-xs text-muted">{description}</span>
      </span>
    </label>
  );
}
