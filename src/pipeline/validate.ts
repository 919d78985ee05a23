// Checks a value against the command's schema, naming each failing field (the same schemas the API uses).
import type { Static, TSchema } from "typebox";
import { Value } from "typebox/value";
import { type FieldProblem, invalid } from "../app/errors.ts";

function describe(error: {
  instancePath: string;
  keyword: string;
  message: string;
  params: unknown;
}): FieldProblem {
  const params = error.params;
  if (error.keyword === "additionalProperties" && typeof params === "object" && params !== null) {
    const extra = Reflect.get(params, "additionalProperties");
    return { path: error.instancePath || "/", message: `unknown field(s): ${String(extra)}` };
  }
  if (error.keyword === "required" && typeof params === "object" && params !== null) {
    const missing = Reflect.get(params, "requiredProperties") ?? Reflect.get(params, "missingProperty");
    return { path: `${error.instancePath}/${String(missing)}`, message: "is required" };
  }
  return { path: error.instancePath || "/", message: error.message };
}

/** Returns `value` typed by `schema`, or throws a 400 naming every failing field. */
export function validate<S extends TSchema>(schema: S, value: unknown): Static<S> {
  if (Value.Check(schema, value)) return value;
  const errors = Value.Errors(schema, value)
    .filter((e) => e.keyword !== "boolean")
    .map(describe);
  throw invalid(`Check these fields: ${errors.map((e) => e.path).join(", ")}.`, errors);
}
