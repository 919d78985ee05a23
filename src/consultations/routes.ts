// HTTP routes of urgent consultations and escalation policies.
import { type TSchema, Type } from "typebox";
import { authorize, authorizeOn } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { notFound } from "../app/errors.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import type { Command } from "../pipeline/command.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { acknowledgeAlert } from "./acknowledgeAlert.ts";
import { addInformation } from "./addInformation.ts";
import { closeConsultation } from "./closeConsultation.ts";
import { EscalationPolicy, EscalationPolicyInput } from "./escalation.ts";
import { extendDeadline } from "./extendDeadline.ts";
import { markAlertsSeen } from "./markAlertsSeen.ts";
import {
  AddInformationInput,
  CloseInput,
  Consultation,
  ExtendDeadlineInput,
  OpenConsultationInput,
  PositionInput,
  TimelineEntry,
} from "./model.ts";
import { openConsultation } from "./openConsultation.ts";
import {
  findConsultation,
  findEscalationPolicy,
  listConsultations,
  presentConsultation,
  timelineOf,
} from "./queries.ts";
import { setEscalationPolicy } from "./setEscalationPolicy.ts";
import { statePosition } from "./statePosition.ts";

const tags = ["consultations"];
const Id = Type.Object({ id: Type.String() });

export function consultationsRoutes(app: App, { store, pipeline }: AppDeps) {
  async function stateOf(id: string) {
    const state = await findConsultation(store.db, id);
    if (!state) throw notFound("No consultation with that id.");
    return state;
  }

  app.get(
    "/api/v1/consultations",
    { schema: { tags, summary: "Consultations you may see", response: { 200: ItemsOf(Consultation) } } },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "consultations.read");
      const states = await listConsultations(store.db, actor);
      return { items: await Promise.all(states.map((s) => presentConsultation(store.db, s))) };
    },
  );

  app.post(
    "/api/v1/consultations",
    {
      schema: {
        tags,
        summary: "Open an urgent consultation",
        body: OpenConsultationInput,
        response: { 201: Consultation, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { result } = await runCommand(
        pipeline,
        actor,
        openConsultation,
        request.body,
        commandOptions(request),
      );
      const state = await stateOf(result.id);
      return reply.code(201).send(await presentConsultation(store.db, state));
    },
  );

  app.get(
    "/api/v1/consultations/:id",
    {
      schema: {
        tags,
        summary: "One consultation",
        params: Id,
        response: { 200: Consultation, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const state = await stateOf(request.params.id);
      authorizeOn(actor, "consultations.read", state.guard, "consultation");
      return presentConsultation(store.db, state);
    },
  );

  app.get(
    "/api/v1/consultations/:id/timeline",
    {
      schema: {
        tags,
        summary: "The consultation's events from the record",
        params: Id,
        response: { 200: ItemsOf(TimelineEntry), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const state = await stateOf(request.params.id);
      authorizeOn(actor, "consultations.read", state.guard, "consultation");
      return { items: await timelineOf(store.db, state.row.id) };
    },
  );

  /** A POST on the consultation that runs one command and answers with the consultation. */
  function action<S extends TSchema, R>(
    path: string,
    summary: string,
    body: S | null,
    command: Command<TSchema, R>,
  ) {
    app.post(
      `/api/v1/consultations/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: Id,
          ...(body ? { body } : {}),
          response: { 200: Consultation, ...problemResponses },
        },
      },
      async (request) => {
        const input = Object.assign({}, request.body, { consultationId: request.params.id });
        await runCommand(pipeline, actorOf(request), command, input, commandOptions(request));
        const state = await stateOf(request.params.id);
        return presentConsultation(store.db, state);
      },
    );
  }

  action("acknowledge", "Acknowledge for your nation: stops escalation", null, acknowledgeAlert);
  action("seen", "Mark your alerts seen", null, markAlertsSeen);
  action("position", "State your nation's position", PositionInput, statePosition);
  action("extend", "Extend the response deadline (requesting nation)", ExtendDeadlineInput, extendDeadline);
  action("information", "Add information (requesting nation)", AddInformationInput, addInformation);
  action("close", "Close with an outcome (requesting nation)", CloseInput, closeConsultation);

  app.get(
    "/api/v1/bodies/:id/escalation-policy",
    {
      schema: {
        tags,
        summary: "The body's escalation policy",
        params: Id,
        response: { 200: EscalationPolicy, ...problemResponses },
      },
    },
    async (request) => {
      authorize(actorOf(request), "rosters.read");
      const policy = await findEscalationPolicy(store.db, request.params.id);
      if (!policy) throw notFound("This body has no escalation policy.");
      return policy;
    },
  );

  app.post(
    "/api/v1/escalation-policies",
    {
      schema: {
        tags,
        summary: "Set a body's escalation policy",
        body: EscalationPolicyInput,
        response: { 201: EscalationPolicy, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        setEscalationPolicy,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );
}
