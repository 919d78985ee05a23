// One person's directory entry, in both languages, with their local time now.
import { useTranslation } from "react-i18next";
import { useNow } from "../app/clock.ts";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { useApiGet } from "../app/useApiGet.ts";
import { ZoneClock } from "../app/ZoneClock.tsx";
import { BilingualName, useLocalized } from "./BilingualName.tsx";
import { DirectoryFrame } from "./DirectoryFrame.tsx";
import { personPath } from "./directoryApi.ts";
import type { Person } from "./model.ts";
import { NationName } from "./NationName.tsx";
import { useLookups } from "./useLookups.ts";

export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const now = useNow();
  const person = useApiGet<Person>(personPath(id));
  const lookups = useLookups();
  const title =
    person.state === "ready" ? localized({ en: person.value.nameEn, ko: person.value.nameKo }) : "";

  return (
    <DirectoryFrame title={title || t("directory.personTitle")}>
      <p>
        <Link to="/directory/people">← {t("directory.backToPeople")}</Link>
      </p>
      <LoadableView loadable={person}>
        {(found) => (
          <LoadableView loadable={lookups}>
            {({ nationByCode, organizationById }) => {
              const organization = organizationById.get(found.organizationId);
              return (
                <dl className="details">
                  <dt>{t("directory.name")}</dt>
                  <dd>
                    <BilingualName en={found.nameEn} ko={found.nameKo} />
                  </dd>
                  <dt>{t("directory.jobTitle")}</dt>
                  <dd>
                    <BilingualName en={found.titleEn} ko={found.titleKo} />
                  </dd>
                  <dt>{t("directory.organization")}</dt>
                  <dd>
                    {organization ? (
                      <BilingualName en={organization.nameEn} ko={organization.nameKo} />
                    ) : (
                      found.organizationId
                    )}
                  </dd>
                  <dt>{t("directory.nation")}</dt>
                  <dd>
                    <NationName code={found.nation} nationByCode={nationByCode} />
                  </dd>
                  <dt>{t("directory.email")}</dt>
                  <dd>
                    <a href={`mailto:${found.email}`}>{found.email}</a>
                  </dd>
                  <dt>{t("directory.timeZone")}</dt>
                  <dd className="code">{found.timeZone}</dd>
                  <dt>{t("directory.localTime")}</dt>
                  <dd>
                    <ZoneClock at={now} timeZone={found.timeZone} />
                  </dd>
                </dl>
              );
            }}
          </LoadableView>
        )}
      </LoadableView>
    </DirectoryFrame>
  );
}
