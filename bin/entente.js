#!/usr/bin/env node
// The `entente` command. Needs Node 24 (TypeScript type stripping); `npm run entente -- …` uses the pinned one.
await import("../src/cli/main.ts");
