// The access pages by path; null when a path is not theirs. Routes.tsx asks here, as for the directory.
import type { ReactNode } from "react";
import { UsersPage } from "../admin/UsersPage.tsx";
import { SecurityPage } from "./SecurityPage.tsx";

export function accessPage(
  path: string,
  session: { csrfToken: string; user: { demo: boolean; nation: string } },
): ReactNode | null {
  if (path === "/security") return <SecurityPage csrfToken={session.csrfToken} demo={session.user.demo} />;
  if (path === "/admin/users") return <UsersPage csrfToken={session.csrfToken} />;
  return null;
}
