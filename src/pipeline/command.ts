// What a command is: an input schema and a decision that yields one event and the caller's result.
import type { Kysely, Transaction } from "kysely";
import type { Static, TSchema } from "typebox";
import type { Actor } from "../access/actor.ts";
import type { EventDraft, RecordedEvent } from "../record/event.ts";
import type { Database } from "../store/schema.ts";
import type { DialectName } from "../store/store.ts";
import { validate } from "./validate.ts";

export interface CommandContext {
  /** The open transaction: read current state here, never write (projectors write). */
  trx: Transaction<Database>;
  dialect: DialectName;
  actor: Actor;
  now: Date;
}

export interface Decision<Result> {
  event: EventDraft;
  /** Built after the projection is updated, from the recorded event. */
  result: (event: RecordedEvent, trx: Transaction<Database>) => Promise<Result> | Result;
}

export interface Command<Input extends TSchema, Result> {
  /** A verb phrase: "addPerson", "openConsultation". */
  name: string;
  input: Input;
  decide(ctx: CommandContext, input: Static<Input>): Promise<Decision<Result>>;
}

/** Updates projection tables for one recorded event. Replay calls the same functions. */
export type Projector = (
  trx: Transaction<Database> | Kysely<Database>,
  event: RecordedEvent,
) => Promise<void>;

/** A capability's projectors by event type, and the tables they own (cleared before a replay). */
export interface Projection {
  tables: (keyof Database)[];
  projectors: Record<string, Projector>;
}

/** Identity helper so each command file gets full type inference. */
export function defineCommand<Input extends TSchema, Result>(command: Command<Input, Result>) {
  return command;
}

/**
 * A projector whose event body is checked against `schema` first, so replay of a malformed
 * record fails loudly instead of writing garbage. Example: `project(Nation, (db, nation) => …)`.
 */
export function project<S extends TSchema>(
  schema: S,
  apply: (
    db: Transaction<Database> | Kysely<Database>,
    body: Static<S>,
    event: RecordedEvent,
  ) => Promise<unknown>,
): Projector {
  return async (db, event) => {
    const body: Static<S> = validate(schema, event.body);
    await apply(db, body, event);
  };
}
