// The one path of every state change: validate → decide (authorize) → one transaction
// { append the event; update projections; remember the idempotency key } → publish.
import { createHash } from "node:crypto";
import type { Static, TSchema } from "typebox";
import { type Actor, actorKey, eventActorOf } from "../access/actor.ts";
import { conflict } from "../app/errors.ts";
import { canonicalJson } from "../record/canonical.ts";
import type { RecordedEvent } from "../record/event.ts";
import { isStaleHead, type RecordHead } from "../record/head.ts";
import { appendEvent } from "../record/log.ts";
import type { Store } from "../store/store.ts";
import type { Command, Projector } from "./command.ts";
import type { Hub } from "./hub.ts";
import { validate } from "./validate.ts";

export interface Pipeline {
  store: Store;
  hub: Hub;
  projectors: Record<string, Projector>;
  /** The clock, passed in so tests can move time. */
  now: () => Date;
  /** The record's head in memory (used on SQLite). */
  head?: RecordHead;
}

export interface RunOptions {
  /** The client's Idempotency-Key: a retry with the same key returns the first result. */
  idempotencyKey?: string | undefined;
}

export interface CommandOutcome<Result> {
  result: Result;
  /** The event written, or null when the result was replayed from an earlier identical request. */
  event: RecordedEvent | null;
}

function fingerprintOf(commandName: string, input: unknown): string {
  return createHash("sha256").update(canonicalJson({ commandName, input })).digest("hex");
}

async function replayed<Result>(pipeline: Pipeline, actor: string, key: string, fingerprint: string) {
  const row = await pipeline.store.db
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("actor", "=", actor)
    .where("key", "=", key)
    .executeTakeFirst();
  if (!row) return null;
  if (row.fingerprint !== fingerprint) {
    throw conflict("This Idempotency-Key was already used for a different request. Use a new key.");
  }
  const result: Result = JSON.parse(row.result);
  return { result, event: null };
}

/**
 * Runs `command` for `actor`. Example:
 * `const { result } = await runCommand(pipeline, actor, addPerson, body, { idempotencyKey })`.
 */
export async function runCommand<Input extends TSchema, Result>(
  pipeline: Pipeline,
  actor: Actor,
  command: Command<Input, Result>,
  rawInput: unknown,
  options: RunOptions = {},
): Promise<CommandOutcome<Result>> {
  const input: Static<Input> = validate(command.input, rawInput);
  const key = options.idempotencyKey;
  const who = actorKey(actor);
  const fingerprint = fingerprintOf(command.name, input);
  if (key) {
    const earlier = await replayed<Result>(pipeline, who, key, fingerprint);
    if (earlier) return earlier;
  }
  const { store } = pipeline;
  const attempt = () =>
    store.db.transaction().execute(async (trx) => {
      const now = pipeline.now();
      const decision = await command.decide({ trx, dialect: store.dialect, actor, now }, input);
      const event = await appendEvent(
        trx,
        store.dialect,
        decision.event,
        eventActorOf(actor),
        now,
        pipeline.head,
      );
      const project = pipeline.projectors[event.type];
      if (!project) throw new Error(`No projector for event type ${event.type}`);
      await project(trx, event);
      const result = await decision.result(event, trx);
      if (key) {
        const values = {
          actor: who,
          key,
          fingerprint,
          result: JSON.stringify(result),
          created_at: now.toISOString(),
        };
        await trx.insertInto("idempotency_keys").values(values).execute();
      }
      return { result, event };
    });
  try {
    const outcome = await attempt().catch((error: unknown) => {
      // The rolled-back append may have moved the head in memory: forget it.
      if (pipeline.head) pipeline.head.range = undefined;
      // Another process (say, the CLI) appended to the same SQLite file: reload the head, try once more.
      if (isStaleHead(error)) return attempt();
      throw error;
    });
    pipeline.hub.publish(outcome.event);
    return outcome;
  } catch (error) {
    // A concurrent twin of this request committed first: answer with its result.
    if (key) {
      const earlier = await replayed<Result>(pipeline, who, key, fingerprint).catch(() => null);
      if (earlier) return earlier;
    }
    throw error;
  }
}
