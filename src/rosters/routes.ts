// HTTP routes of duty rosters: both capitals side by side with who is on duty now.
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import { loadUserActor } from "../access/queries.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { AddOverrideInput, addRosterOverride, createRoster } from "./commands.ts";
import { DutyRoster, onDutyAt, RosterInput, RosterOverride } from "./model.ts";
import { listRosters } from "./queries.ts";

const tags = ["rosters"];

const RosterWithDuty = Type.Object({
  ...DutyRoster.properties,
  onDuty: Type.Object({
    userId: Type.String(),
    displayName: Type.String(),
    scheduledUserId: Type.String(),
    overrideId: Type.Union([Type.String(), Type.Null()]),
    startsAt: Type.String(),
    endsAt: Type.String(),
  }),
});

export function rostersRoutes(app: App, { store, pipeline }: AppDeps) {
  app.get(
    "/api/v1/rosters",
    {
      schema: {
        tags,
        summary: "Duty rosters with who is on duty at an instant (default now)",
        querystring: Type.Object({
          bodyId: Type.Optional(Type.String()),
          nation: Type.Optional(Type.String()),
          at: Type.Optional(Type.String({ format: "date-time" })),
        }),
        response: { 200: ItemsOf(RosterWithDuty), ...problemResponses },
      },
    },
    async (request) => {
      authorize(actorOf(request), "rosters.read");
      const at = request.query.at ? new Date(request.query.at) : pipeline.now();
      const rosters = await listRosters(store.db, {
        bodyId: request.query.bodyId,
        nation: request.query.nation,
      });
      const items = [];
      for (const roster of rosters) {
        const duty = onDutyAt(roster, at);
        const person = await loadUserActor(store.db, { id: duty.userId }, "cli");
        items.push({
          ...roster,
          onDuty: {
            userId: duty.userId,
            displayName: person?.displayName ?? duty.userId,
            scheduledUserId: duty.scheduledUserId,
            overrideId: duty.overrideId,
            startsAt: duty.startsAt.toISOString(),
            endsAt: duty.endsAt.toISOString(),
          },
        });
      }
      return { items };
    },
  );

  app.post(
    "/api/v1/rosters",
    {
      schema: {
        tags,
        summary: "Create a duty roster",
        body: RosterInput,
        response: { 201: DutyRoster, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        createRoster,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.post(
    "/api/v1/rosters/:id/overrides",
    {
      schema: {
        tags,
        summary: "Add a cover or a swap",
        params: Type.Object({ id: Type.String() }),
        body: Type.Omit(AddOverrideInput, ["rosterId"]),
        response: { 201: RosterOverride, ...problemResponses },
      },
    },
    async (request, reply) => {
      const input = { ...request.body, rosterId: request.params.id };
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        addRosterOverride,
        input,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );
}
