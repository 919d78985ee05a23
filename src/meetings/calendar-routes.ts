// iCalendar feeds of sessions, per body and per user. Calendar apps cannot sign in, so an API token
// may ride in the URL (?token=…); the feed then carries only what that token's user may see.
import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import type { Actor } from "../access/actor.ts";
import { formatMarking } from "../access/marking.ts";
import { authorize } from "../access/policy.ts";
import { loadUserActor } from "../access/queries.ts";
import { resolveApiToken } from "../access/tokens.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { unauthorized } from "../app/errors.ts";
import { listBodies } from "../bodies/queries.ts";
import { type CalendarEvent, renderCalendar } from "./ical.ts";
import { bodyFor } from "./lookups.ts";
import type { Meeting } from "./model.ts";
import { listMeetings } from "./queries.ts";

const Query = Type.Object({ token: Type.Optional(Type.String({ maxLength: 200 })) });
const tags = ["sessions"];

export function calendarRoutes(app: App, { store, pipeline }: AppDeps) {
  async function callerOf(
    request: FastifyRequest<{ Querystring: { token?: string | undefined } }>,
  ): Promise<Actor> {
    if (request.actor) return request.actor;
    const token = request.query.token;
    const resolved = token ? await resolveApiToken(store.db, token, pipeline.now()) : undefined;
    const actor = resolved ? await loadUserActor(store.db, { id: resolved.userId }, "token") : undefined;
    if (!actor)
      throw unauthorized("Sign in, or add ?token= with a live API token to the calendar's address.");
    return actor;
  }

  function send(
    reply: { type(t: string): { send(body: string): unknown } },
    name: string,
    meetings: Meeting[],
    acronyms: Map<string, string>,
  ) {
    const events: CalendarEvent[] = meetings.map((m) => ({
      uid: `${m.id}@entente`,
      summary: `(${m.marking.classification}) ${acronyms.get(m.bodyId) ?? ""}: ${m.titleEn} / ${m.titleKo}`,
      location: `${m.placeEn} / ${m.placeKo}`,
      description: `${formatMarking(m.marking)}\nStatus: ${m.status}\nLevel: ${m.level}`,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      timeZone: m.timeZone,
      status: "CONFIRMED",
      updatedAt: m.updatedAt,
    }));
    return reply.type("text/calendar; charset=utf-8").send(renderCalendar(name, events, pipeline.now()));
  }

  app.get(
    "/api/v1/bodies/:bodyId/calendar.ics",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A body's sessions as iCalendar (RFC 5545)",
        params: Type.Object({ bodyId: Type.String() }),
        querystring: Query,
      },
    },
    async (request, reply) => {
      const actor = await callerOf(request);
      const body = await bodyFor(store.db, actor, request.params.bodyId, "sessions.read");
      const meetings = await listMeetings(store.db, actor, body.id);
      return send(reply, `${body.acronym} — ${body.nameEn}`, meetings, new Map([[body.id, body.acronym]]));
    },
  );

  app.get(
    "/api/v1/calendar.ics",
    {
      config: { public: true },
      schema: { tags, summary: "Every session you may see, as iCalendar", querystring: Query },
    },
    async (request, reply) => {
      const actor = await callerOf(request);
      authorize(actor, "sessions.read");
      const bodies = await listBodies(store.db, actor);
      const meetings = await listMeetings(store.db, actor);
      return send(reply, "Entente sessions", meetings, new Map(bodies.map((b) => [b.id, b.acronym])));
    },
  );
}
