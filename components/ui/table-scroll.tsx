/** A table that scrolls sideways on small screens, reachable by keyboard. */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // A focusable region lets keyboard users scroll the table (WCAG 2.1.1).
     
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
