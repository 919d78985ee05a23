// Paths and calls for /api/v1 directory resources.
import { type ApiResult, sendJson, type WriteGuard } from "../app/api.ts";
import type { NewPerson, Person } from "./model.ts";

function withNation(path: string, nation: string | null): string {
  return nation ? `${path}?${new URLSearchParams({ nation })}` : path;
}

export const nationsPath = "/nations";

export function organizationsPath(nation: string | null = null): string {
  return withNation("/organizations", nation);
}

export function peoplePath(nation: string | null = null): string {
  return withNation("/people", nation);
}

export function personPath(id: string): string {
  return `/people/${encodeURIComponent(id)}`;
}

export function createPerson(person: NewPerson, guard: WriteGuard): Promise<ApiResult<Person>> {
  return sendJson<Person>("POST", "/people", person, guard);
}
