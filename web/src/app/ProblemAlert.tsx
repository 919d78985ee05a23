// Says what went wrong in words an official can act on, with the server's own detail when it gave one.
import { useTranslation } from "react-i18next";
import type { Problem } from "./problem.ts";

function leadKey(problem: Problem): string {
  if (problem.status === 0) return "problem.network";
  if (problem.status === 403) return "problem.forbidden";
  if (problem.status === 404) return "problem.notFound";
  return "problem.generic";
}

type ProblemAlertProps = { problem: Problem; retry?: () => void };

export function ProblemAlert({ problem, retry }: ProblemAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <p>{t(leadKey(problem), { status: problem.status })}</p>
      {problem.detail ? <p className="alert-detail">{problem.detail}</p> : null}
      {retry ? (
        <button type="button" className="button button-secondary" onClick={retry}>
          {t("problem.retry")}
        </button>
      ) : null}
    </div>
  );
}
