// HTTP routes of commitments: the dashboard, one commitment, creating one, recording an update.
import { Type } from "typebox";
import { authorize, authorizeOn } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { notFound } from "../app/errors.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { guardOfRow } from "../meetings/lookups.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { createCommitment } from "./createCommitment.ts";
import { Commitment, CommitmentDetail, CommitmentInput, CommitmentUpdateInput } from "./model.ts";
import { commitmentDashboard, commitmentUpdates, findCommitmentRow, presentCommitment } from "./queries.ts";
import { recordCommitmentUpdate } from "./recordCommitmentUpdate.ts";

const tags = ["commitments"];
const Params = Type.Object({ id: Type.String() });
const Created = Type.Object({ id: Type.String() });

export function commitmentsRoutes(app: App, { store, pipeline }: AppDeps) {
  app.get(
    "/api/v1/commitments",
    {
      schema: {
        tags,
        summary: "The commitments dashboard: by body, owner nation, status (or overdue); overdue first",
        querystring: Type.Object({
          bodyId: Type.Optional(Type.String()),
          owner: Type.Optional(Type.String()),
          status: Type.Optional(Type.String()),
        }),
        response: { 200: ItemsOf(Commitment), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "commitments.read");
      return { items: await commitmentDashboard(store.db, actor, request.query, pipeline.now()) };
    },
  );

  app.get(
    "/api/v1/commitments/:id",
    {
      schema: {
        tags,
        summary: "A commitment with its updates",
        params: Params,
        response: { 200: CommitmentDetail, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await findCommitmentRow(store.db, request.params.id);
      if (!row) throw notFound("No commitment with that id.");
      authorizeOn(actor, "commitments.read", guardOfRow(row), "commitment");
      return {
        ...presentCommitment(row, pipeline.now()),
        updates: await commitmentUpdates(store.db, row.id),
      };
    },
  );

  app.post(
    "/api/v1/commitments",
    {
      schema: {
        tags,
        summary: "Record a commitment",
        body: CommitmentInput,
        response: { 201: Created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        createCommitment,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.post(
    "/api/v1/commitments/:id/updates",
    {
      schema: {
        tags,
        summary: "Record a dated update with evidence",
        params: Params,
        body: Type.Omit(CommitmentUpdateInput, ["commitmentId"]),
        response: { 201: Created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const input = { ...request.body, commitmentId: request.params.id };
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        recordCommitmentUpdate,
        input,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );
}
