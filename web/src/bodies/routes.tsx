// The pages of bodies, their sessions, commitments and readouts, by path; null when a path is not theirs.
import type { ReactNode } from "react";
import { CommitmentPage } from "../commitments/CommitmentPage.tsx";
import { CommitmentsPage } from "../commitments/CommitmentsPage.tsx";
import { SessionPage } from "../meetings/SessionPage.tsx";
import { ReadoutEditPage } from "../readouts/ReadoutEditPage.tsx";
import { BodiesPage } from "./BodiesPage.tsx";
import { BodyPage } from "./BodyPage.tsx";
import { SearchPage } from "./SearchPage.tsx";
import "./bodies.css";

export function bodiesPage(path: string, query: URLSearchParams): ReactNode | null {
  if (path === "/bodies") return <BodiesPage />;
  if (path === "/search") return <SearchPage query={query.get("q") ?? ""} />;
  if (path === "/commitments") {
    const filter = {
      bodyId: query.get("bodyId") ?? "",
      owner: query.get("owner") ?? "",
      status: query.get("status") ?? "",
    };
    return <CommitmentsPage filter={filter} />;
  }
  const commitment = /^\/commitments\/([^/]+)$/.exec(path);
  if (commitment?.[1]) return <CommitmentPage id={decodeURIComponent(commitment[1])} />;
  const session = /^\/bodies\/([^/]+)\/sessions\/([^/]+)$/.exec(path);
  if (session?.[1] && session[2]) {
    return <SessionPage bodyId={decodeURIComponent(session[1])} sessionId={decodeURIComponent(session[2])} />;
  }
  const body = /^\/bodies\/([^/]+)$/.exec(path);
  if (body?.[1]) return <BodyPage id={decodeURIComponent(body[1])} />;
  const readout = /^\/readouts\/edit\/([^/]+)$/.exec(path);
  if (readout?.[1]) return <ReadoutEditPage id={decodeURIComponent(readout[1])} />;
  return null;
}
