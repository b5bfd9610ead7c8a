import type { FormAction } from "@/platform/http/define-action";
import { ActionForm } from "./action-form";

/** A one-button form acting on one row (revoke, delete): works without JavaScript. */
export function RowAction<T>({
  action,
  name,
  value,
  label,
  children,
}: {
  action: FormAction<T>;
  name: string;
  value: string;
  /** The accessible name, saying which row the button acts on. */
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <ActionForm action={action}>
      <input type="hidden" name={name} value={value} />
      <button type="submit" className="button button-quiet" aria-label={label}>
        {children}
      </button>
    </ActionForm>
  );
}
