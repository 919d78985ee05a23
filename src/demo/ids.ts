// Ids of the demo alliance's records by their seed keys, handed from one demo loader to the next.
export interface DemoIds {
  bodies: Map<string, string>;
  people: Map<string, string>;
  organizations: Map<string, string>;
}

/** Looks a demo key up, failing loudly when the seed tables and the demo files disagree. */
export function idOf(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo data: no ${key}`);
  return id;
}
