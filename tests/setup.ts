// Eleventy loads `.eleventy.ts` and `.11ty.ts` templates with dynamic imports: tsx must hook them.
import { register } from "tsx/esm/api";

register();
