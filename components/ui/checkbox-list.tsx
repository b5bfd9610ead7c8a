/**
 * A list of ticked ids (managers, managed teams). Its blank hidden value
 * makes the form send the field even with every box unticked, so that
 * unticking them all clears the list (features/people/team-schema.ts idList).
 */
export function CheckboxList({
  name,
  legend,
  options,
  checked,
  error,
}: {
  name: string;
  legend: string;
  options: readonly { id: string; name: string }[];
  checked: readonly string[];
  error?: string;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="checkbox-list">
      <legend>{legend}</legend>
      <input type="hidden" name={name} value="" />
      {options.map((option) => (
        <label key={option.id} className="checkbox">
          <input type="checkbox" name={name} value={option.id} defaultChecked={checked.includes(option.id)} />
          {option.name}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
