// A folded form under a summary line: the shape every "add…" form on the bodies' pages shares.
import type { ReactNode } from "react";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";

type Props = {
  title: string;
  problem: Problem | null;
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
};

export function FormPanel({ title, problem, onSubmit, children }: Props) {
  return (
    <details className="form-panel">
      <summary>{title}</summary>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        {problem ? <ProblemAlert problem={problem} /> : null}
        {children}
      </form>
    </details>
  );
}
