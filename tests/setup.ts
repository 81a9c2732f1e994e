// Eleventy loads `.eleventy.ts` and `.11ty.ts` templates with dynamic imports: tsx must hook them.
import { register } from "tsx/esm/api";
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/site.ts";

register();

// Every test file leaves the temp folder as it found it (builds are tens of MB each).
afterAll(() => removeTempDirs());
