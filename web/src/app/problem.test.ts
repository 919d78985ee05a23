import { describe, expect, it } from "vitest";
import { fieldOf, readProblem } from "./problem.ts";

describe("readProblem", () => {
  it("keeps a well-formed problem and its field errors", () => {
    const body = {
      type: "https://entente.example/problems/invalid",
      title: "Invalid input",
      status: 400,
      detail: "Check these fields: /body/email.",
      errors: [{ path: "/body/email", message: "must match format email" }],
    };
    expect(readProblem(body, 400, "Bad Request")).toEqual(body);
  });

  it("makes a problem from a body a proxy replaced", () => {
    expect(readProblem("<html>502</html>", 502, "Bad Gateway")).toEqual({
      type: "about:blank",
      title: "Bad Gateway",
      status: 502,
    });
  });

  it("drops malformed field errors instead of failing", () => {
    const problem = readProblem({ title: "x", errors: [{ path: 1 }, { path: "/a", message: "m" }] }, 400, "");
    expect(problem.errors).toEqual([{ path: "/a", message: "m" }]);
  });
});

describe("fieldOf", () => {
  it.each([
    ["/nameEn", "nameEn"],
    ["/body/nameEn", "nameEn"],
    ["body.nameEn", "nameEn"],
    ["nameEn", "nameEn"],
    ["/", ""],
  ])("%s names the field %s", (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });
});
