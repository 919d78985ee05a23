// HTTP routes of a body's sessions: schedule, agenda, minutes (409 on a stale version), outcomes, status.
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { listPeople } from "../directory/queries.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { addAgendaItem } from "./addAgendaItem.ts";
import { approveMinutes } from "./approveMinutes.ts";
import { calendarRoutes } from "./calendar-routes.ts";
import { editMinutes } from "./editMinutes.ts";
import { bodyFor, meetingFor } from "./lookups.ts";
import { markHeld } from "./markHeld.ts";
import { renderMinutesMarkdown } from "./minutes-markdown.ts";
import { renderMinutesPdf } from "./minutes-pdf.ts";
import {
  AgendaItemInput,
  Meeting,
  MeetingDetail,
  MinutesInput,
  OutcomeInput,
  ScheduleMeetingInput,
} from "./model.ts";
import { listMeetings, meetingDetail } from "./queries.ts";
import { recordOutcome } from "./recordOutcome.ts";
import { scheduleMeeting } from "./scheduleMeeting.ts";

const tags = ["sessions"];
const BodyParams = Type.Object({ bodyId: Type.String() });
const SessionParams = Type.Object({ bodyId: Type.String(), sessionId: Type.String() });
const ItemParams = Type.Object({ bodyId: Type.String(), sessionId: Type.String(), itemId: Type.String() });
const Created = Type.Object({ id: Type.String() });
const ref = (p: { bodyId: string; sessionId: string }) => ({ bodyId: p.bodyId, meetingId: p.sessionId });

export function meetingsRoutes(app: App, deps: AppDeps) {
  const { store, pipeline } = deps;
  calendarRoutes(app, deps);
  const base = "/api/v1/bodies/:bodyId/sessions";

  app.get(
    base,
    {
      schema: {
        tags,
        summary: "A body's sessions",
        params: BodyParams,
        response: { 200: ItemsOf(Meeting), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const body = await bodyFor(store.db, actor, request.params.bodyId, "sessions.read");
      return { items: await listMeetings(store.db, actor, body.id) };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: "Schedule a session (or record one held)",
        params: BodyParams,
        body: Type.Omit(ScheduleMeetingInput, ["bodyId"]),
        response: { 201: Created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const input = { ...request.body, bodyId: request.params.bodyId };
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        scheduleMeeting,
        input,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    `${base}/:sessionId`,
    {
      schema: {
        tags,
        summary: "A session with what you may see of it",
        params: SessionParams,
        response: { 200: MeetingDetail, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { body, meeting } = await meetingFor(store.db, actor, ref(request.params), "sessions.read");
      return meetingDetail(store.db, actor, body, meeting);
    },
  );

  app.get(
    `${base}/:sessionId/minutes.md`,
    { schema: { tags, summary: "The minutes as Markdown, marked", params: SessionParams } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { body, meeting } = await meetingFor(store.db, actor, ref(request.params), "sessions.read");
      const detail = await meetingDetail(store.db, actor, body, meeting);
      const people = new Map((await listPeople(store.db)).map((p) => [p.id, `${p.nameEn} (${p.nameKo})`]));
      const markdown = renderMinutesMarkdown(body, detail, (id) => people.get(id) ?? id);
      return reply
        .type("text/markdown; charset=utf-8")
        .header("content-disposition", `attachment; filename="minutes-${meeting.id}.md"`)
        .send(markdown);
    },
  );

  app.get(
    `${base}/:sessionId/minutes.pdf`,
    { schema: { tags, summary: "The minutes as PDF, marked on every page", params: SessionParams } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { body, meeting } = await meetingFor(store.db, actor, ref(request.params), "sessions.read");
      const detail = await meetingDetail(store.db, actor, body, meeting);
      const people = new Map((await listPeople(store.db)).map((p) => [p.id, `${p.nameEn} (${p.nameKo})`]));
      const pdf = await renderMinutesPdf(body, detail, (id) => people.get(id) ?? id);
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="minutes-${meeting.id}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    `${base}/:sessionId/agenda`,
    {
      schema: {
        tags,
        summary: "Add an agenda item",
        params: SessionParams,
        body: Type.Omit(AgendaItemInput, ["bodyId", "meetingId"]),
        response: { 201: Type.Object({ id: Type.String(), position: Type.Integer() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const input = { ...request.body, ...ref(request.params) };
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        addAgendaItem,
        input,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.put(
    `${base}/:sessionId/agenda/:itemId/minutes`,
    {
      schema: {
        tags,
        summary: "Save an agenda item's minutes (409 with the current version when someone saved first)",
        params: ItemParams,
        body: Type.Omit(MinutesInput, ["bodyId", "meetingId", "agendaItemId"]),
        response: { 200: Type.Object({ version: Type.Integer() }), ...problemResponses },
      },
    },
    async (request) => {
      const input = { ...request.body, ...ref(request.params), agendaItemId: request.params.itemId };
      return (await runCommand(pipeline, actorOf(request), editMinutes, input, commandOptions(request)))
        .result;
    },
  );

  app.post(
    `${base}/:sessionId/outcomes`,
    {
      schema: {
        tags,
        summary: "Record an outcome",
        params: SessionParams,
        body: Type.Omit(OutcomeInput, ["bodyId", "meetingId"]),
        response: { 201: Created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const input = { ...request.body, ...ref(request.params) };
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        recordOutcome,
        input,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.post(
    `${base}/:sessionId/held`,
    {
      schema: {
        tags,
        summary: "Mark a planned session as held",
        params: SessionParams,
        response: { 200: Type.Object({ status: Type.String() }), ...problemResponses },
      },
    },
    async (request) =>
      (await runCommand(pipeline, actorOf(request), markHeld, ref(request.params), commandOptions(request)))
        .result,
  );

  app.post(
    `${base}/:sessionId/approvals`,
    {
      schema: {
        tags,
        summary: "Approve the minutes for your nation",
        params: SessionParams,
        response: {
          200: Type.Object({ status: Type.String(), awaitingApprovalFrom: Type.Array(Type.String()) }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      (
        await runCommand(
          pipeline,
          actorOf(request),
          approveMinutes,
          ref(request.params),
          commandOptions(request),
        )
      ).result,
  );

  app.get(
    "/api/v1/sessions",
    { schema: { tags, summary: "Sessions of every body you may see", response: { 200: ItemsOf(Meeting) } } },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "sessions.read");
      return { items: await listMeetings(store.db, actor) };
    },
  );
}
