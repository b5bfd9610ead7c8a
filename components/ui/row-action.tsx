/** A one-button form acting on one row (revoke, delete): works without JavaScript. */
export function RowAction({
  action,
  name,
  value,
  label,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  name: string;
  value: string;
  /** The accessible name, saying which row the button acts on. */
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name={name} value={value} />
      <button type="submit" className="button button-quiet" aria-label={label}>
        {children}
      </button>
    </form>
  );
}
