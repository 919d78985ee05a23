// A request body that satisfies a route's JSON Schema (from the OpenAPI document), for tests that need
// the policy — not validation — to answer: required fields only, the smallest valid value of each.
export type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** Values a field of that name is given, so commands reach their authorization with sensible input. */
export type ExampleHints = Record<string, unknown>;

const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString();
const candidates = ["KOR", "09:00", "2026-12-01", "Asia/Seoul", "matrix", "x"];

function stringFor(schema: JsonSchema): string {
  if (schema.format === "date-time") return inAWeek();
  if (schema.format === "date") return "2026-12-01";
  if (schema.format === "uri") return "https://example.org/matrix";
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    return candidates.find((c) => pattern.test(c)) ?? "x";
  }
  return "x".repeat(Math.max(1, schema.minLength ?? 1));
}

export function exampleOf(schema: JsonSchema, hints: ExampleHints = {}): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.anyOf?.length) {
    const branch = schema.anyOf.find((s) => s.type !== "null") ?? schema.anyOf[0];
    return branch ? exampleOf(branch, hints) : null;
  }
  switch (schema.type) {
    case "string":
      return stringFor(schema);
    case "integer":
    case "number":
      return schema.minimum ?? 0;
    case "boolean":
      return false;
    case "null":
      return null;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        schema.items ? exampleOf(schema.items, hints) : "x",
      );
    default: {
      const body: Record<string, unknown> = {};
      for (const name of schema.required ?? []) {
        const property = schema.properties?.[name];
        body[name] = name in hints ? hints[name] : property ? exampleOf(property, hints) : "x";
      }
      return body;
    }
  }
}
