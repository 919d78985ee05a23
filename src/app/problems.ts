// Turns every error — domain, validation, Fastify's own — into one RFC 9457 problem response.

import { createRequire } from "node:module";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { DomainError, type FieldProblem, type ProblemKind, statusOfKind, toProblem } from "./errors.ts";

// Field messages follow the reader's language (Accept-Language); the server's own sentences stay English for now.
const phrases = {
  en: { unknown: "is not a known field", required: "is required", check: "Check these fields" },
  ko: { unknown: "알 수 없는 항목입니다", required: "필수 항목입니다", check: "다음 항목을 확인하십시오" },
};
type Language = keyof typeof phrases;
// ajv-i18n is CommonJS whose typings do not describe its default export under NodeNext.
const localizeKo: (errors: readonly object[] | null | undefined) => void = createRequire(import.meta.url)(
  "ajv-i18n/localize/ko",
);

function languageOf(request: FastifyRequest): Language {
  return /^ko\b/i.test(request.headers["accept-language"] ?? "") ? "ko" : "en";
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldProblems(context: string | undefined, errors: AjvError[], language: Language): FieldProblem[] {
  const words = phrases[language];
  const prefix = context && context !== "body" ? `/${context}` : "";
  return errors.map((e) => {
    if (e.keyword === "additionalProperties") {
      return {
        path: `${prefix}${e.instancePath}/${String(e.params.additionalProperty)}`,
        message: words.unknown,
      };
    }
    if (e.keyword === "required") {
      return {
        path: `${prefix}${e.instancePath}/${String(e.params.missingProperty)}`,
        message: words.required,
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
    const language = languageOf(request);
    if (language === "ko") localizeKo(error.validation);
    const errors = fieldProblems(error.validationContext, error.validation, language);
    return send(
      reply,
      "invalid",
      `${phrases[language].check}: ${errors.map((e) => e.path).join(", ")}.`,
      errors,
    );
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
