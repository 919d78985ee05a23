// RFC 9457 problem details as the Entente API returns them, read defensively from any response.

export type FieldError = { path: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
};

/** Status 0 marks a request that never reached the server. */
export const networkProblem: Problem = { type: "about:blank#network", title: "Network error", status: 0 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function readFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const errors: FieldError[] = [];
  for (const entry of value) {
    if (isRecord(entry) && typeof entry.path === "string" && typeof entry.message === "string") {
      errors.push({ path: entry.path, message: entry.message });
    }
  }
  return errors;
}

/** Builds a Problem from a failed response's body, which a proxy may have replaced with anything. */
export function readProblem(body: unknown, status: number, statusText: string): Problem {
  if (!isRecord(body)) return { type: "about:blank", title: statusText || "Error", status };
  const problem: Problem = {
    type: typeof body.type === "string" ? body.type : "about:blank",
    title: typeof body.title === "string" ? body.title : statusText || "Error",
    status: typeof body.status === "number" ? body.status : status,
  };
  if (typeof body.detail === "string") problem.detail = body.detail;
  const errors = readFieldErrors(body.errors);
  if (errors) problem.errors = errors;
  return problem;
}

/**
 * The form field a problem's error path points at: "/nameEn", "body/nameEn",
 * "nameEn" and "body.nameEn" all name the field "nameEn".
 */
export function fieldOf(path: string): string {
  const segments = path.split(/[/.]/).filter((segment) => segment !== "");
  return segments.at(-1) ?? "";
}
