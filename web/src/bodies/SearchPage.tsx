// Search across sessions, agenda items, outcomes, commitments and readouts; the server returns only
// what the reader may see, each hit with its marking.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking, markingText } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { navigate } from "../app/router.ts";
import { useApiGet } from "../app/useApiGet.ts";
import { BilingualName } from "../directory/BilingualName.tsx";
import type { Items } from "../directory/model.ts";
import { sessionPage } from "../meetings/model.ts";
import { type MarkingValue, pageMarking } from "./model.ts";

type Hit = {
  kind: string;
  id: string;
  bodyId: string;
  meetingId: string | null;
  textEn: string;
  textKo: string;
  marking: MarkingValue;
};

function hitPath(hit: Hit): string {
  if (hit.kind === "commitment") return `/commitments/${encodeURIComponent(hit.id)}`;
  if (hit.kind === "readout") return `/readouts/edit/${encodeURIComponent(hit.id)}`;
  return hit.meetingId ? sessionPage(hit.bodyId, hit.meetingId) : "/bodies";
}

function Results({ query }: { query: string }) {
  const { t } = useTranslation();
  const hits = useApiGet<Items<Hit>>(`/search?q=${encodeURIComponent(query)}`);
  return (
    <LoadableView loadable={hits}>
      {({ items }) => {
        const banner = pageMarking(
          items.map((h) => h.marking),
          { classification: "PUBLIC", releasableTo: [] },
        );
        return (
          <>
            <Marking classification={banner.classification} releasableTo={banner.releasableTo} />
            <p role="status">{t("search.count", { count: items.length })}</p>
            <ul className="search-results">
              {items.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`}>
                  <span className="code" lang="en">
                    [{markingText(hit.marking.classification, hit.marking.releasableTo)}]
                  </span>{" "}
                  {t(`search.kinds.${hit.kind}`)}:{" "}
                  <Link to={hitPath(hit)}>
                    <BilingualName en={hit.textEn} ko={hit.textKo} />
                  </Link>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </LoadableView>
  );
}

export function SearchPage({ query }: { query: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  return (
    <div className="page">
      <PageHeading title={t("search.title")} />
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/search?q=${encodeURIComponent(text.trim())}`);
        }}
      >
        <div className="field">
          <label htmlFor="search-q">{t("search.label")}</label>
          <input
            id="search-q"
            type="search"
            minLength={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t("search.submit")}
          </button>
        </div>
      </form>
      {query.length >= 2 ? <Results query={query} /> : null}
    </div>
  );
}
