import type { ReactNode } from "react";
import type { Month } from "@/platform/time/month";

/** A plain GET form choosing a month (and what `children` add): it works without JavaScript. */
export function MonthFilter({ id, label, month, maxMonth, submit, children }: { id: string; label: string; month: Month; maxMonth: Month; submit: string; children?: ReactNode }) {
  return (
    <form className="inline-form" method="get">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="month" name="month" defaultValue={month} max={maxMonth} />
      </div>
      {children}
      <button type="submit" className="button button-secondary">{submit}</button>
    </form>
  );
}
