// Published readouts, for anyone and without signing in; the Atom feed is linked for feed readers.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../app/api.ts";
import { LanguageSwitch } from "../app/LanguageSwitch.tsx";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import type { Readout } from "./model.ts";
import { ReadoutText } from "./ReadoutText.tsx";
import "./readouts.css";

export function PublicReadoutsPage() {
  const { t, i18n } = useTranslation();
  const [readouts, setReadouts] = useState<Readout[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    void getJson<{ items: Readout[] }>("/readouts").then((result) =>
      result.ok ? setReadouts(result.value.items) : setProblem(result.problem),
    );
  }, []);
  const primary = i18n.language.startsWith("ko") ? "ko" : "en";
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });

  return (
    <>
      <header className="site-header">
        <div className="header-bar">
          <a href="/" className="brand">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-tagline">{t("app.tagline")}</span>
          </a>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <Marking classification="PUBLIC" />
      <main id="main" className="page">
        <PageHeading title={t("readouts.publicTitle")} />
        <p>
          <a href="/readouts.atom" type="application/atom+xml">
            {t("readouts.feed")}
          </a>
        </p>
        {problem ? <ProblemAlert problem={problem} /> : null}
        {readouts === null && !problem ? <p role="status">{t("app.loading")}</p> : null}
        {readouts?.length === 0 ? <p>{t("readouts.none")}</p> : null}
        {readouts?.map((r) => (
          <article key={r.id} id={r.id} className="readout">
            <h2 lang={primary}>{primary === "ko" ? r.titleKo : r.titleEn}</h2>
            {r.publishedAt ? (
              <p className="readout-date">
                {t("readouts.publishedOn", { date: date.format(new Date(r.publishedAt)) })}
              </p>
            ) : null}
            <ReadoutText text={primary === "ko" ? r.textKo : r.textEn} lang={primary} />
            <details>
              <summary>{primary === "ko" ? t("readouts.inEnglish") : t("readouts.inKorean")}</summary>
              <h3 lang={primary === "ko" ? "en" : "ko"}>{primary === "ko" ? r.titleEn : r.titleKo}</h3>
              <ReadoutText
                text={primary === "ko" ? r.textEn : r.textKo}
                lang={primary === "ko" ? "en" : "ko"}
              />
            </details>
          </article>
        ))}
      </main>
      <Marking classification="PUBLIC" />
    </>
  );
}
