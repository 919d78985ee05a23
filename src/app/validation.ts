// Request validation with Ajv: bodies strictly (no coercion, unknown fields rejected), query and path leniently.
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";

function makeAjv(coerceTypes: boolean) {
  const ajv = new Ajv({
    allErrors: true,
    coerceTypes,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}

const strict = makeAjv(false);
const lenient = makeAjv(true);

/** Fastify's validator compiler: the same JSON Schemas that become the OpenAPI document. */
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  httpPart === "body" ? strict.compile(schema) : lenient.compile(schema);
