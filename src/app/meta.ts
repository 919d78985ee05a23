// Public facts about this deployment the sign-in page needs before anyone signs in.
import { Type } from "typebox";
import type { App, AppDeps } from "./deps.ts";

const Meta = Type.Object({
  demo: Type.Boolean(),
  version: Type.String(),
  origin: Type.String(),
  /** The classification ladder, lowest first: the levels a marking or a clearance may take. */
  classifications: Type.Array(Type.String()),
});

export function metaRoutes(app: App, { config }: AppDeps) {
  app.get(
    "/api/v1/meta",
    {
      config: { public: true },
      schema: { tags: ["meta"], summary: "About this deployment", response: { 200: Meta } },
    },
    async () => ({
      demo: config.demo,
      version: "0.1.0",
      origin: config.recordOrigin,
      classifications: config.classificationLadder,
    }),
  );
}
