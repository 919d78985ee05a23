// "Add person": a form that POSTs to /api/v1/people and shows the server's field errors beside each field.
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasPermission } from "../access/model.ts";
import { newIdempotencyKey } from "../app/api.ts";
import { ErrorSummary } from "../app/ErrorSummary.tsx";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import { navigate } from "../app/router.ts";
import { useSession } from "../app/session.ts";
import { DirectoryFrame } from "./DirectoryFrame.tsx";
import { createPerson } from "./directoryApi.ts";
import type { NewPerson } from "./model.ts";
import { PersonFormFields } from "./PersonFormFields.tsx";
import { blankPerson, errorsByField, fieldIdPrefix, type PersonField, personFields } from "./personForm.ts";
import { useLookups } from "./useLookups.ts";

const forbidden: Problem = { type: "about:blank", title: "Forbidden", status: 403 };

type Submission =
  | { state: "editing" }
  | { state: "saving" }
  | { state: "failed"; problem: Problem; attempt: number };

export function AddPersonPage() {
  const { t } = useTranslation();
  const { session, expire } = useSession();
  const lookups = useLookups();
  const [values, setValues] = useState<NewPerson>(() => blankPerson(session.user));
  const [submission, setSubmission] = useState<Submission>({ state: "editing" });
  // One key per intended addition: a retry of the same values reuses it, so the server adds one person.
  const idempotencyKey = useRef<string | null>(null);
  const attempts = useRef(0);

  function change(field: PersonField, value: string) {
    idempotencyKey.current = null;
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === "nation") next.organizationId = "";
      return next;
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submission.state === "saving") return;
    idempotencyKey.current ??= newIdempotencyKey();
    setSubmission({ state: "saving" });
    const guard = { csrfToken: session.csrfToken, idempotencyKey: idempotencyKey.current };
    const result = await createPerson(values, guard);
    if (result.ok) {
      idempotencyKey.current = null;
      navigate(`/directory/people/${encodeURIComponent(result.value.id)}`);
      return;
    }
    if (result.problem.status === 401) expire();
    attempts.current += 1;
    setSubmission({ state: "failed", problem: result.problem, attempt: attempts.current });
  }

  const title = t("addPerson.title");
  if (!hasPermission(session.user, "directory.write")) {
    return (
      <DirectoryFrame title={title}>
        <ProblemAlert problem={forbidden} />
      </DirectoryFrame>
    );
  }

  const failure = submission.state === "failed" ? submission : null;
  const { byField, unplaced } = failure ? errorsByField(failure.problem) : { byField: {}, unplaced: [] };
  const messages = personFields.flatMap((field) => {
    const message = byField[field];
    return message ? [{ field, label: t(`addPerson.${field}`), message }] : [];
  });
  // The problem's detail only repeats the field list when every error sits beside its field.
  const formLines = messages.length > 0 ? unplaced : [failure?.problem.detail, ...unplaced];
  const formMessage = formLines.filter(Boolean).join(" ") || undefined;

  return (
    <DirectoryFrame title={title}>
      <p>{t("addPerson.intro")}</p>
      {failure && (messages.length > 0 || unplaced.length > 0) ? (
        <ErrorSummary
          key={failure.attempt}
          messages={messages}
          formMessage={formMessage}
          idPrefix={fieldIdPrefix}
        />
      ) : null}
      {failure && messages.length === 0 && unplaced.length === 0 ? (
        <ProblemAlert key={failure.attempt} problem={failure.problem} />
      ) : null}
      <LoadableView loadable={lookups}>
        {({ nations, organizations }) => (
          <form className="form" noValidate onSubmit={(event) => void submit(event)}>
            <PersonFormFields
              values={values}
              errors={byField}
              nations={nations}
              organizations={organizations}
              onChange={change}
            />
            <div className="form-actions">
              <button type="submit" className="button" disabled={submission.state === "saving"}>
                {submission.state === "saving" ? t("addPerson.submitting") : t("addPerson.submit")}
              </button>
              <Link to="/directory/people" className="button button-secondary">
                {t("addPerson.cancel")}
              </Link>
            </div>
          </form>
        )}
      </LoadableView>
    </DirectoryFrame>
  );
}
