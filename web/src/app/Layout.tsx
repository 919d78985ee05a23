// The signed-in page frame: skip link, DEMO banner, header, main landmark, footer.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ConsultationAlerts } from "../consultations/ConsultationAlerts.tsx";
import { Header } from "./Header.tsx";
import { useSession } from "./session.ts";

type LayoutProps = { children: ReactNode; version: string | null };

export function Layout({ children, version }: LayoutProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      {session.user.demo ? <DemoBanner /> : null}
      <Header />
      <ConsultationAlerts />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t("app.name")}
          {version ? ` · ${t("app.version", { version })}` : null}
        </p>
      </footer>
    </>
  );
}

export function DemoBanner() {
  const { t } = useTranslation();
  return <p className="demo-banner">{t("app.demoBanner")}</p>;
}
