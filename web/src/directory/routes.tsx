// The directory's pages by path; null when a path is not the directory's.
import type { ReactNode } from "react";
import { AddPersonPage } from "./AddPersonPage.tsx";
import { NationsPage } from "./NationsPage.tsx";
import { OrganizationsPage } from "./OrganizationsPage.tsx";
import { PeoplePage } from "./PeoplePage.tsx";
import { PersonPage } from "./PersonPage.tsx";

export function directoryPage(path: string, query: URLSearchParams): ReactNode | null {
  const nation = query.get("nation") || null;
  switch (path) {
    case "/directory":
    case "/directory/nations":
      return <NationsPage />;
    case "/directory/organizations":
      return <OrganizationsPage nation={nation} />;
    case "/directory/people":
      return <PeoplePage nation={nation} />;
    case "/directory/people/new":
      return <AddPersonPage />;
  }
  const person = /^\/directory\/people\/([^/]+)$/.exec(path);
  return person?.[1] ? <PersonPage id={decodeURIComponent(person[1])} /> : null;
}
