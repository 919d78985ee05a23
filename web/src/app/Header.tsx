// The top of every signed-in screen: product, both capitals' clocks, language, user, and navigation.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hasPermission } from "../access/model.ts";
import { CapitalClocks } from "./CapitalClocks.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { Link } from "./Link.tsx";
import { ProblemAlert } from "./ProblemAlert.tsx";
import type { Problem } from "./problem.ts";
import { useLocation } from "./router.ts";
import { useSession } from "./session.ts";

const directoryLinks = [
  { to: "/directory/nations", label: "nav.nations" },
  { to: "/directory/organizations", label: "nav.organizations" },
  { to: "/directory/people", label: "nav.people" },
] as const;

const consultationLinks = [
  { to: "/bodies", label: "nav.bodies" },
  { to: "/commitments", label: "nav.commitments" },
  { to: "/readouts", label: "nav.readouts" },
  { to: "/search", label: "nav.search" },
] as const;

export function Header() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const { path } = useLocation();
  const { user } = session;
  const [signOutProblem, setSignOutProblem] = useState<Problem | null>(null);

  return (
    <header className="site-header">
      <div className="header-bar">
        <Link to="/" className="brand">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </Link>
        <CapitalClocks />
        <div className="header-tools">
          <LanguageSwitch />
          <p className="user-box">
            <span className="visually-hidden">{t("user.signedInAs")} </span>
            <span className="user-name">{user.displayName}</span>{" "}
            <span className="user-nation">{user.nation}</span>
          </p>
          <button
            type="button"
            className="button button-on-dark"
            onClick={() => void signOut().then(setSignOutProblem)}
          >
            {t("user.signOut")}
          </button>
        </div>
      </div>
      <nav className="site-nav" aria-label={t("nav.label")}>
        <span className="site-nav-section">{t("nav.directory")}</span>
        <ul>
          {directoryLinks.map((link) => (
            <li key={link.to}>
              <Link to={link.to} aria-current={path.startsWith(link.to) ? "page" : undefined}>
                {t(link.label)}
              </Link>
            </li>
          ))}
        </ul>
        <span className="site-nav-section">{t("nav.consultation")}</span>
        <ul>
          {consultationLinks.map((link) => (
            <li key={link.to}>
              <Link to={link.to} aria-current={path.startsWith(link.to) ? "page" : undefined}>
                {t(link.label)}
              </Link>
            </li>
          ))}
        </ul>
        <ul>
          <li>
            <Link to="/consultations" aria-current={path.startsWith("/consultations") ? "page" : undefined}>
              {t("nav.consultations")}
            </Link>
          </li>
          <li>
            <Link to="/record" aria-current={path.startsWith("/record") ? "page" : undefined}>
              {t("nav.record")}
            </Link>
          </li>
          <li>
            <Link to="/security" aria-current={path.startsWith("/security") ? "page" : undefined}>
              {t("nav.security")}
            </Link>
          </li>
          {hasPermission(user, "users.manage") ? (
            <li>
              <Link to="/admin/users" aria-current={path.startsWith("/admin") ? "page" : undefined}>
                {t("nav.accounts")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {signOutProblem ? <ProblemAlert problem={signOutProblem} /> : null}
    </header>
  );
}
