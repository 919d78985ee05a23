// The record's endpoints as the explorer uses them.
export type RecordEvent = {
  index: number;
  at: string;
  type: string;
  subject: { kind: string; id: string };
  actor: { user: string | null; nation: string | null };
  marking: { classification: string; releasableTo: string[] };
};

export type RecordEntry = { index: number; leafHash: string; event?: RecordEvent };
export type EntriesPage = { size: number; start: number; end: number; entries: RecordEntry[] };
export type InclusionProof = {
  index: number;
  size: number;
  leafHash: string;
  rootHash: string;
  proof: string[];
};

export const entriesPath = "/record/entries";

/** The latest signed checkpoint note, as text. */
export async function fetchCheckpoint(): Promise<string | null> {
  const response = await fetch("/api/v1/record/checkpoint", { credentials: "same-origin" });
  return response.ok ? response.text() : null;
}

export async function fetchInclusionProof(index: number, size: number): Promise<InclusionProof | null> {
  const response = await fetch(`/api/v1/record/proof/inclusion?index=${index}&size=${size}`, {
    credentials: "same-origin",
  });
  return response.ok ? response.json() : null;
}
