/** The static server lives in src/ (npm run audit uses it too); tests import it from here. */
export * from "../../src/cli/static-server.ts";
