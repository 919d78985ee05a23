// Nations and organizations by key, so lists can show names instead of codes and ids.
import { useMemo } from "react";
import { type Loadable, useApiGet } from "../app/useApiGet.ts";
import { nationsPath, organizationsPath } from "./directoryApi.ts";
import type { Items, Nation, Organization } from "./model.ts";

export type Lookups = {
  nations: Nation[];
  organizations: Organization[];
  nationByCode: ReadonlyMap<string, Nation>;
  organizationById: ReadonlyMap<string, Organization>;
};

export function useLookups(): Loadable<Lookups> {
  const nations = useApiGet<Items<Nation>>(nationsPath);
  const organizations = useApiGet<Items<Organization>>(organizationsPath());
  return useMemo(() => {
    if (nations.state !== "ready") return nations;
    if (organizations.state !== "ready") return organizations;
    return {
      state: "ready",
      value: {
        nations: nations.value.items,
        organizations: organizations.value.items,
        nationByCode: new Map(nations.value.items.map((nation) => [nation.code, nation])),
        organizationById: new Map(organizations.value.items.map((org) => [org.id, org])),
      },
    };
  }, [nations, organizations]);
}
