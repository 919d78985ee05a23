// The member nations, each with links to its organizations and people.
import { useTranslation } from "react-i18next";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { useApiGet } from "../app/useApiGet.ts";
import { BilingualName } from "./BilingualName.tsx";
import { DirectoryFrame } from "./DirectoryFrame.tsx";
import { nationsPath } from "./directoryApi.ts";
import type { Items, Nation } from "./model.ts";
import { ResultCount } from "./ResultCount.tsx";

export function NationsPage() {
  const { t } = useTranslation();
  const nations = useApiGet<Items<Nation>>(nationsPath);
  return (
    <DirectoryFrame title={t("directory.nationsTitle")}>
      <LoadableView loadable={nations}>
        {({ items }) => (
          <>
            <ResultCount count={items.length} />
            <table className="data-table">
              <caption className="visually-hidden">{t("directory.nationsTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("directory.code")}</th>
                  <th scope="col">{t("directory.name")}</th>
                  <th scope="col">{t("directory.directoryLinks")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((nation) => {
                  const query = new URLSearchParams({ nation: nation.code });
                  return (
                    <tr key={nation.code}>
                      <td className="code">{nation.code}</td>
                      <th scope="row">
                        <BilingualName en={nation.nameEn} ko={nation.nameKo} />
                      </th>
                      <td>
                        <div className="link-list">
                          <Link to={`/directory/organizations?${query}`}>
                            {t("directory.showOrganizations")}
                          </Link>
                          <Link to={`/directory/people?${query}`}>{t("directory.showPeople")}</Link>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </LoadableView>
    </DirectoryFrame>
  );
}
