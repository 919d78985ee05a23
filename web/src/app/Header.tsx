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

type NavLink = { to: string; label: string; permission?: string };
type NavGroup = { label?: string; links: NavLink[] };

// Urgent consultations first: a duty officer woken at night must reach them in one step.
const navGroups: NavGroup[] = [
  { links: [{ to: "/consultations", label: "nav.consultations" }] },
  {
    label: "nav.consultation",
    links: [
      { to: "/bodies", label: "nav.bodies" },
      { to: "/commitments", label: "nav.commitments" },
      { to: "/readouts", label: "nav.readouts" },
      { to: "/search", label: "nav.search" },
    ],
  },
  {
    label: "nav.directory",
    links: [
      { to: "/directory/nations", label: "nav.nations" },
      { to: "/directory/organizations", label: "nav.organizations" },
      { to: "/directory/people", label: "nav.people" },
    ],
  },
  {
    links: [
      { to: "/record", label: "nav.record" },
      { to: "/security", label: "nav.security" },
      { to: "/admin/users", label: "nav.accounts", permission: "users.manage" },
    ],
  },
];

export function Header() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const { path } = useLocation();
  const { user } = session;
  const [signOutProblem, setSignOutProblem] = useState<Problem | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);

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
      <button
        type="button"
        className="nav-toggle button button-on-dark"
        aria-expanded={menuOpen}
        aria-controls="site-nav"
        onClick={() => setMenuOpen((open) => !open)}
      >
        {t(menuOpen ? "nav.closeMenu" : "nav.openMenu")}
      </button>
      <nav id="site-nav" className={menuOpen ? "site-nav open" : "site-nav"} aria-label={t("nav.label")}>
        {navGroups.map((group) => (
          <div className="site-nav-group" key={group.links[0]?.to}>
            {group.label ? <span className="site-nav-section">{t(group.label)}</span> : null}
            <ul>
              {group.links
                .filter((link) => !link.permission || hasPermission(user, link.permission))
                .map((link) => (
                  <li key={link.to}>
                    <Link
                      to={link.to}
                      aria-current={path.startsWith(link.to) ? "page" : undefined}
                      onClick={() => setMenuOpen(false)}
                    >
                      {t(link.label)}
                    </Link>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      {signOutProblem ? <ProblemAlert problem={signOutProblem} /> : null}
    </header>
  );
}
