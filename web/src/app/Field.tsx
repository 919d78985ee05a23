// A labelled form control with its hint and error message wired up for assistive technology.
// Forms say in their intro which fields are required; the control carries `required` for screen readers.
import type { ReactNode } from "react";

export type ControlProps = {
  id: string;
  name: string;
  required: boolean;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
};

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export function Field({ id, label, hint, error, required = false, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter((part) => part !== null).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId ?? undefined} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId ?? undefined} className="field-error">
          {error}
        </p>
      ) : null}
      {children({ id, name: id, required, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
    </div>
  );
}
