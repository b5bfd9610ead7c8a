/**
 * Puts `sent` back into `form`'s visible fields, by name. Hidden fields carry
 * the page's own values (React renders them again) and a file cannot be set
 * from a script, so both are left alone.
 */
export function restoreFields(form: HTMLFormElement, sent: FormData): void {
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement) {
      if (!element.name || element.type === "hidden" || element.type === "file" || element.type === "submit") continue;
      const values = sent.getAll(element.name).map(String);
      if (element.type === "checkbox" || element.type === "radio") element.checked = values.includes(element.value);
      else if (values[0] !== undefined) element.value = values[0];
    } else if ((element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) && element.name) {
      const value = sent.get(element.name);
      if (typeof value === "string") element.value = value;
    }
  }
}
