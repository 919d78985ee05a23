// The record explorer: the latest signed checkpoint and who signed it, the entries this user may read
// with their markings (the rest as hashes only), and an inclusion check done in the browser.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { useApiGet } from "../app/useApiGet.ts";
import { InclusionCheck } from "./InclusionCheck.tsx";
import { parseCheckpointNote } from "./inclusion.ts";
import { type EntriesPage, entriesPath, fetchCheckpoint } from "./recordApi.ts";
import "./record.css";

export function RecordPage() {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState<string | null>(null);
  const entries = useApiGet<EntriesPage>(entriesPath);
  useEffect(() => {
    void fetchCheckpoint().then(setNote);
  }, []);
  const checkpoint = note ? parseCheckpointNote(note) : null;
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "UTC",
  });

  return (
    <div className="page">
      <PageHeading title={t("record.title")} />
      <p>{t("record.intro")}</p>
      <section className="checkpoint" aria-labelledby="checkpoint-heading">
        <h2 id="checkpoint-heading">{t("record.checkpoint")}</h2>
        {checkpoint ? (
          <dl className="facts">
            <dt>{t("record.origin")}</dt>
            <dd className="code">{checkpoint.origin}</dd>
            <dt>{t("record.size")}</dt>
            <dd>{checkpoint.size}</dd>
            <dt>{t("record.root")}</dt>
            <dd className="code hash">{checkpoint.root}</dd>
            <dt>{t("record.signedBy")}</dt>
            <dd>{checkpoint.signers.join(", ")}</dd>
          </dl>
        ) : (
          <p role="status">{t("app.loading")}</p>
        )}
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t("record.entries")}</h2>
        <LoadableView loadable={entries}>
          {(page) => (
            <ol className="record-entries" reversed start={page.end - 1}>
              {[...page.entries].reverse().map((entry) => (
                <li key={entry.index} className="record-entry">
                  <span className="entry-index">#{entry.index}</span>
                  {entry.event ? (
                    <>
                      <Marking
                        classification={entry.event.marking.classification}
                        releasableTo={entry.event.marking.releasableTo}
                      />
                      <span className="entry-type code">{entry.event.type}</span>
                      <span className="entry-time">{time.format(new Date(entry.event.at))} UTC</span>
                      <span className="entry-actor">{entry.event.actor.nation ?? t("record.system")}</span>
                    </>
                  ) : (
                    <span className="entry-hidden">{t("record.hashOnly")}</span>
                  )}
                  <span className="code hash">{entry.leafHash.slice(0, 16)}…</span>
                  {checkpoint && entry.index < checkpoint.size ? (
                    <InclusionCheck index={entry.index} size={checkpoint.size} root={checkpoint.root} />
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </LoadableView>
      </section>
    </div>
  );
}
