// What every capability's routes are given at assembly: configuration, store, pipeline, hub.

import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { Pipeline } from "../pipeline/run-command.ts";
import type { LogSigner } from "../record/log-key.ts";
import type { Store } from "../store/store.ts";
import type { Config } from "./config.ts";

export interface AppDeps {
  config: Config;
  store: Store;
  pipeline: Pipeline;
  /** The log's signing key (its name is the record's origin). */
  signer: LogSigner;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;
