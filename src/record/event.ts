// The shape of one event in the shared record (DESIGN.md, "The record").
import type { Marking } from "../access/marking.ts";

export interface Subject {
  kind: string;
  id: string;
}

export interface EventActor {
  user: string | null;
  nation: string | null;
}

/** What a command decides: the event before the log gives it an index and a time. */
export interface EventDraft<Body = unknown> {
  type: string;
  subject: Subject;
  body: Body;
  marking: Marking;
}

export interface RecordedEvent<Body = unknown> extends EventDraft<Body> {
  v: 1;
  index: number;
  /** ISO 8601 UTC, set by the server. */
  at: string;
  actor: EventActor;
}
