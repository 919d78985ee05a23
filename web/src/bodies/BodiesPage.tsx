// The consultative bodies the reader may see.
import { useTranslation } from "react-i18next";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { useApiGet } from "../app/useApiGet.ts";
import { BilingualName } from "../directory/BilingualName.tsx";
import type { Items } from "../directory/model.ts";
import { type Body, bodyPage } from "./model.ts";

export function BodiesPage() {
  const { t } = useTranslation();
  const bodies = useApiGet<Items<Body>>("/bodies");
  return (
    <>
      <Marking classification="PUBLIC" />
      <div className="page">
        <PageHeading title={t("bodies.title")} />
        <LoadableView loadable={bodies}>
          {({ items }) => (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t("bodies.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("bodies.acronym")}</th>
                    <th scope="col">{t("bodies.name")}</th>
                    <th scope="col">{t("bodies.members")}</th>
                    <th scope="col">{t("bodies.ceiling")}</th>
                    <th scope="col">{t("bodies.cadence")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((body) => (
                    <tr key={body.id}>
                      <th scope="row">
                        <Link to={bodyPage(body.id)}>{body.acronym}</Link>
                      </th>
                      <td>
                        <BilingualName en={body.nameEn} ko={body.nameKo} />
                      </td>
                      <td>{body.memberNations.join(", ")}</td>
                      <td lang="en">{body.classification}</td>
                      <td>
                        {body.cadence
                          ? t(`bodies.cadences.${body.cadence}`, { defaultValue: body.cadence })
                          : "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </LoadableView>
      </div>
      <Marking classification="PUBLIC" />
    </>
  );
}
