// Turns every error — domain, validation, Fastify's own — into one RFC 9457 problem response.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { DomainError, type FieldProblem, type ProblemKind, statusOfKind, toProblem } from "./errors.ts";

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldProblems(context: string | undefined, errors: AjvError[]): FieldProblem[] {
  const prefix = context && context !== "body" ? `/${context}` : "";
  return errors.map((e) => {
    if (e.keyword === "additionalProperties") {
      return {
        path: `${prefix}${e.instancePath}/${String(e.params.additionalProperty)}`,
        message: "is not a known field",
      };
    }
    if (e.keyword === "required") {
      return {
        path: `${prefix}${e.instancePath}/${String(e.params.missingProperty)}`,
        message: "is required",
      };
    }
    return { path: `${prefix}${e.instancePath}` || "/", message: e.message ?? e.keyword };
  });
}

const fastifyCodes: Record<string, ProblemKind> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "payload-too-large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported-media-type",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid",
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid",
  FST_ERR_VALIDATION: "invalid",
};

function send(
  reply: FastifyReply,
  kind: ProblemKind,
  detail: string,
  errors: FieldProblem[] = [],
  extra = {},
) {
  return reply
    .code(statusOfKind(kind))
    .type("application/problem+json")
    .send(toProblem(kind, detail, errors, extra));
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const retryAfter = error.extra.retryAfter;
    if (typeof retryAfter === "number") reply.header("Retry-After", String(retryAfter));
    return send(reply, error.kind, error.message, error.errors, error.extra);
  }
  if (error.validation) {
    const errors = fieldProblems(error.validationContext, error.validation as AjvError[]);
    return send(reply, "invalid", `Check these fields: ${errors.map((e) => e.path).join(", ")}.`, errors);
  }
  const kind = error.code ? fastifyCodes[error.code] : undefined;
  if (kind) return send(reply, kind, error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const k: ProblemKind = error.statusCode === 429 ? "too-many-requests" : "invalid";
    return send(reply, k, error.message);
  }
  request.log.error({ err: error }, "unhandled error");
  return send(
    reply,
    "internal",
    "Something went wrong on the server. It has been logged; try again shortly.",
  );
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, "not-found", `Nothing at ${request.method} ${request.url.split("?")[0]}.`);
}
