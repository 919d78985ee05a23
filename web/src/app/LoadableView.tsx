// Renders a loading status, a problem, or the loaded value: every page's three states in one place.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./ProblemAlert.tsx";
import type { Loadable } from "./useApiGet.ts";

type LoadableViewProps<T> = { loadable: Loadable<T>; children: (value: T) => ReactNode };

export function LoadableView<T>({ loadable, children }: LoadableViewProps<T>) {
  const { t } = useTranslation();
  if (loadable.state === "loading") {
    return (
      <p className="loading" role="status">
        {t("app.loading")}
      </p>
    );
  }
  if (loadable.state === "failed") return <ProblemAlert problem={loadable.problem} retry={loadable.retry} />;
  return <>{children(loadable.value)}</>;
}
