// People in the directory, optionally of one nation, with each person's local time now.
import { useTranslation } from "react-i18next";
import { hasPermission } from "../access/model.ts";
import { useNow } from "../app/clock.ts";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { useSession } from "../app/session.ts";
import { useApiGet } from "../app/useApiGet.ts";
import { ZoneClock } from "../app/ZoneClock.tsx";
import { BilingualName, useLocalized } from "./BilingualName.tsx";
import { DirectoryFrame } from "./DirectoryFrame.tsx";
import { peoplePath } from "./directoryApi.ts";
import type { Items, Person } from "./model.ts";
import { NationFilter } from "./NationFilter.tsx";
import { NationName } from "./NationName.tsx";
import { ResultCount } from "./ResultCount.tsx";
import { useLookups } from "./useLookups.ts";

export function PeoplePage({ nation }: { nation: string | null }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const localized = useLocalized();
  const now = useNow();
  const lookups = useLookups();
  const people = useApiGet<Items<Person>>(peoplePath(nation));
  const canAdd = hasPermission(session.user, "directory.write");

  const actions = canAdd ? (
    <Link to="/directory/people/new" className="button">
      {t("directory.addPerson")}
    </Link>
  ) : null;

  return (
    <DirectoryFrame title={t("directory.peopleTitle")} actions={actions}>
      <LoadableView loadable={lookups}>
        {({ nations, nationByCode, organizationById }) => (
          <>
            <NationFilter nations={nations} selected={nation} basePath="/directory/people" />
            <LoadableView loadable={people}>
              {({ items }) => (
                <>
                  <ResultCount count={items.length} />
                  <div className="table-scroll">
                    <table className="data-table">
                      <caption className="visually-hidden">{t("directory.peopleTitle")}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("directory.name")}</th>
                          <th scope="col">{t("directory.jobTitle")}</th>
                          <th scope="col">{t("directory.organization")}</th>
                          <th scope="col">{t("directory.nation")}</th>
                          <th scope="col">{t("directory.timeZone")}</th>
                          <th scope="col">{t("directory.localTime")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {items.map((person) => {
                          const organization = organizationById.get(person.organizationId);
                          return (
                            <tr key={person.id}>
                              <th scope="row">
                                <Link
                                  to={`/directory/people/${encodeURIComponent(person.id)}`}
                                  className="name-link"
                                >
                                  <BilingualName en={person.nameEn} ko={person.nameKo} />
                                </Link>
                              </th>
                              <td>{localized({ en: person.titleEn, ko: person.titleKo })}</td>
                              <td>
                                {organization
                                  ? localized({ en: organization.nameEn, ko: organization.nameKo })
                                  : null}
                              </td>
                              <td>
                                <NationName code={person.nation} nationByCode={nationByCode} />
                              </td>
                              <td className="code">{person.timeZone}</td>
                              <td>
                                <ZoneClock at={now} timeZone={person.timeZone} />
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                </>
              )}
            </LoadableView>
          </>
        )}
      </LoadableView>
    </DirectoryFrame>
  );
}
