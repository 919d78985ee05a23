// Organizations, optionally of one nation.
import { useTranslation } from "react-i18next";
import { LoadableView } from "../app/LoadableView.tsx";
import { useApiGet } from "../app/useApiGet.ts";
import { BilingualName } from "./BilingualName.tsx";
import { DirectoryFrame } from "./DirectoryFrame.tsx";
import { organizationsPath } from "./directoryApi.ts";
import type { Items, Organization } from "./model.ts";
import { NationFilter } from "./NationFilter.tsx";
import { NationName } from "./NationName.tsx";
import { ResultCount } from "./ResultCount.tsx";
import { useLookups } from "./useLookups.ts";

export function OrganizationsPage({ nation }: { nation: string | null }) {
  const { t } = useTranslation();
  const lookups = useLookups();
  const organizations = useApiGet<Items<Organization>>(organizationsPath(nation));
  return (
    <DirectoryFrame title={t("directory.organizationsTitle")}>
      <LoadableView loadable={lookups}>
        {({ nations, nationByCode }) => (
          <>
            <NationFilter nations={nations} selected={nation} basePath="/directory/organizations" />
            <LoadableView loadable={organizations}>
              {({ items }) => (
                <>
                  <ResultCount count={items.length} />
                  <table className="data-table">
                    <caption className="visually-hidden">{t("directory.organizationsTitle")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("directory.acronym")}</th>
                        <th scope="col">{t("directory.name")}</th>
                        <th scope="col">{t("directory.nation")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((organization) => {
                        return (
                          <tr key={organization.id}>
                            <td className="code">{organization.acronym}</td>
                            <th scope="row">
                              <BilingualName en={organization.nameEn} ko={organization.nameKo} />
                            </th>
                            <td>
                              <NationName code={organization.nation} nationByCode={nationByCode} />
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </>
              )}
            </LoadableView>
          </>
        )}
      </LoadableView>
    </DirectoryFrame>
  );
}
