// HTTP routes of the directory: thin handlers over queries and commands.
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { notFound } from "../app/errors.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { addOrganization, addPerson } from "./commands.ts";
import { Nation, NationCode, Organization, OrganizationInput, Person, PersonInput } from "./model.ts";
import { findPerson, listNations, listOrganizations, listPeople } from "./queries.ts";

const NationFilter = Type.Object({ nation: Type.Optional(NationCode) }, { additionalProperties: false });
const tags = ["directory"];

export function directoryRoutes(app: App, { store, pipeline }: AppDeps) {
  const { db } = store;

  app.get(
    "/api/v1/nations",
    { schema: { tags, summary: "Member nations", response: { 200: ItemsOf(Nation), ...problemResponses } } },
    async (request) => {
      authorize(request.actor, "directory.read");
      return { items: await listNations(db) };
    },
  );

  app.get(
    "/api/v1/organizations",
    {
      schema: {
        tags,
        summary: "Organizations",
        querystring: NationFilter,
        response: { 200: ItemsOf(Organization) },
      },
    },
    async (request) => {
      authorize(request.actor, "directory.read");
      return { items: await listOrganizations(db, request.query.nation) };
    },
  );

  app.post(
    "/api/v1/organizations",
    {
      schema: {
        tags,
        summary: "Add an organization",
        body: OrganizationInput,
        response: { 201: Organization, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        addOrganization,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    "/api/v1/people",
    { schema: { tags, summary: "People", querystring: NationFilter, response: { 200: ItemsOf(Person) } } },
    async (request) => {
      authorize(request.actor, "directory.read");
      return { items: await listPeople(db, request.query.nation) };
    },
  );

  app.get(
    "/api/v1/people/:id",
    {
      schema: {
        tags,
        summary: "One person",
        params: Type.Object({ id: Type.String() }),
        response: { 200: Person, ...problemResponses },
      },
    },
    async (request) => {
      authorize(request.actor, "directory.read");
      const person = await findPerson(db, request.params.id);
      if (!person) throw notFound("No person with that id.");
      return person;
    },
  );

  app.post(
    "/api/v1/people",
    {
      schema: {
        tags,
        summary: "Add a person",
        body: PersonInput,
        response: { 201: Person, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        addPerson,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );
}
