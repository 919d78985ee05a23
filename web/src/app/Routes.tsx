// Which page a path shows. Each capability names its own pages; unknown paths get a plain answer.
import { Fragment, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { accessPage } from "../access/routes.tsx";
import { bodiesPage } from "../bodies/routes.tsx";
import { consultationsPage } from "../consultations/routes.tsx";
import { directoryPage } from "../directory/routes.tsx";
import { RecordPage } from "../record/RecordPage.tsx";
import { Link } from "./Link.tsx";
import { PageHeading } from "./PageHeading.tsx";
import { navigate, useLocation } from "./router.ts";
import { useSession } from "./session.ts";

// Home is the consultation console: what is urgent comes first.
const home = "/consultations";

export function AppRoutes() {
  const { path, query } = useLocation();
  const { session } = useSession();
  // An account that must still set up a second factor can reach little else: start it there.
  const start = session.secondFactorSetupRequired ? "/security" : home;

  useEffect(() => {
    if (path === "/") navigate(start, { replace: true });
  }, [path, start]);

  const page =
    directoryPage(path, query) ??
    accessPage(path, session) ??
    bodiesPage(path, query) ??
    consultationsPage(path) ??
    (path === "/record" ? <RecordPage /> : null) ??
    (path === "/" ? null : <NotFoundPage />);
  // Keyed by path so a new page mounts (and takes focus) while a changed filter keeps its place.
  return <Fragment key={path}>{page}</Fragment>;
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading title={t("problem.pageNotFound")} />
      <p>
        <Link to={home}>{t("nav.consultations")}</Link>
      </p>
    </div>
  );
}
