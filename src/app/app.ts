// Assembles the Fastify app: plugins, error mapping, OpenAPI, every capability's routes, the web app.
import { existsSync } from "node:fs";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import websocket from "@fastify/websocket";
import Fastify from "fastify";
import { authenticateHook } from "../access/authenticate.ts";
import { accessRoutes } from "../access/routes.ts";
import { bodiesRoutes } from "../bodies/routes.ts";
import { commitmentsRoutes } from "../commitments/routes.ts";
import { consultationsRoutes } from "../consultations/routes.ts";
import { directoryRoutes } from "../directory/routes.ts";
import { meetingsRoutes } from "../meetings/routes.ts";
import { notifyRoutes } from "../notify/routes.ts";
import { readoutsRoutes } from "../readouts/routes.ts";
import { streamRoutes } from "../realtime/stream.ts";
import { recordRoutes } from "../record/routes.ts";
import { rostersRoutes } from "../rosters/routes.ts";
import type { App, AppDeps } from "./deps.ts";
import { loggerOptions } from "./logger.ts";
import { metaRoutes } from "./meta.ts";
import { observabilityRoutes } from "./observability.ts";
import { errorHandler, notFoundHandler } from "./problems.ts";
import { validatorCompiler } from "./validation.ts";

/** Capabilities' route registrars, in one place. */
const capabilities = [
  metaRoutes,
  accessRoutes,
  directoryRoutes,
  bodiesRoutes,
  recordRoutes,
  meetingsRoutes,
  commitmentsRoutes,
  readoutsRoutes,
  rostersRoutes,
  consultationsRoutes,
  notifyRoutes,
];

export async function buildApp(deps: AppDeps): Promise<App> {
  const app: App = Fastify({
    logger: loggerOptions(deps.config),
    bodyLimit: 1024 * 1024,
    requestIdHeader: "x-request-id",
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(errorHandler);
  // The API speaks JSON only; anything else gets 415 rather than a confusing validation error.
  app.removeContentTypeParser("text/plain");

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
    referrerPolicy: { policy: "no-referrer" },
  });
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Entente API", version: "1", description: "Consultation machinery for alliances." },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "entente_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  app.addHook("onRequest", authenticateHook(deps));
  for (const register of capabilities) register(app, deps);
  await streamRoutes(app, deps);
  observabilityRoutes(app, deps);
  await serveWebApp(app, deps);
  return app;
}

/** Serves the built web app; unknown non-API GETs get index.html so deep links work. */
async function serveWebApp(app: App, { config }: AppDeps) {
  if (!existsSync(config.webDir)) {
    app.setNotFoundHandler(notFoundHandler);
    return;
  }
  await app.register(fastifyStatic, {
    root: config.webDir,
    prefix: "/",
    wildcard: false,
    index: ["index.html"],
  });
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === "GET" &&
      !request.url.startsWith("/api/") &&
      request.headers.accept?.includes("text/html");
    if (isPage) return reply.sendFile("index.html");
    return notFoundHandler(request, reply);
  });
}
