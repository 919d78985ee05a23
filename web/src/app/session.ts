// The signed-in session, shared with every page through React context.
import { createContext, useContext } from "react";
import type { Session } from "../access/model.ts";
import type { Problem } from "./problem.ts";

export type SessionContextValue = {
  session: Session;
  /** Called when the server answers 401: the session expired or was revoked elsewhere. */
  expire: () => void;
  /** Ends the session on the server; answers the problem when the server could not be told. */
  signOut: () => Promise<Problem | null>;
};

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession() is used outside a signed-in layout");
  return value;
}
