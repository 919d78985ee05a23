// What the consultation's durable timers do when they fire: escalate a silent party, mark a deadline passed.
import type { TSchema } from "typebox";
import { systemActor } from "../access/actor.ts";
import { DomainError } from "../app/errors.ts";
import type { Command } from "../pipeline/command.ts";
import { type Pipeline, runCommand } from "../pipeline/run-command.ts";
import type { DueTimer, TimerHandler } from "../timers/runner.ts";
import { escalateConsultation } from "./escalateConsultation.ts";
import { passDeadline } from "./passDeadline.ts";
import { ackTimeout, deadlineTimer } from "./schedule.ts";

const timerActor = systemActor("timer");

export function consultationTimerHandlers(pipeline: Pipeline): Record<string, TimerHandler> {
  // The timer's id is the Idempotency-Key: a timer fired twice still makes one event.
  const fire =
    <I extends TSchema, R>(command: Command<I, R>) =>
    async (timer: DueTimer) => {
      try {
        await runCommand(pipeline, timerActor, command, timer.payload, {
          idempotencyKey: `timer:${timer.id}`,
        });
      } catch (error) {
        // Acknowledged, closed, extended or already escalated meanwhile: nothing left to do.
        if (error instanceof DomainError && (error.kind === "conflict" || error.kind === "not-found")) return;
        throw error;
      }
    };
  return { [ackTimeout]: fire(escalateConsultation), [deadlineTimer]: fire(passDeadline) };
}
