// The list of what to fix at the top of a form; it takes focus so the reader hears it first.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export type FieldMessage = { field: string; label: string; message: string };

type ErrorSummaryProps = { messages: FieldMessage[]; formMessage?: string | undefined; idPrefix: string };

export function ErrorSummary({ messages, formMessage, idPrefix }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    summary.current?.focus();
  }, []);

  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={summary}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t("form.errorSummary")}</h2>
      {formMessage ? <p>{formMessage}</p> : null}
      {messages.length > 0 ? (
        <>
          <p>{t("form.errorIntro")}</p>
          <ul>
            {messages.map(({ field, label, message }) => (
              <li key={`${field} ${message}`}>
                <a
                  href={`#${idPrefix}${field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`${idPrefix}${field}`)?.focus();
                  }}
                >
                  {label}: {message}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
