// The consultation console's pages by path; null when a path is not theirs.
import type { ReactNode } from "react";
import { ConsultationPage } from "./ConsultationPage.tsx";
import { ConsultationsPage } from "./ConsultationsPage.tsx";
import { OpenConsultationPage } from "./OpenConsultationPage.tsx";

export function consultationsPage(path: string): ReactNode | null {
  if (path === "/consultations") return <ConsultationsPage />;
  if (path === "/consultations/new") return <OpenConsultationPage />;
  const one = /^\/consultations\/([^/]+)$/.exec(path);
  return one?.[1] ? <ConsultationPage id={decodeURIComponent(one[1])} /> : null;
}
