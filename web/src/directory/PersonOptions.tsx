// The options of a person picker: each name in both languages with the nation.
import type { Person } from "./model.ts";

export function PersonOptions({ people }: { people: readonly Person[] }) {
  return (
    <>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.nameEn} {p.nameKo} ({p.nation})
        </option>
      ))}
    </>
  );
}
