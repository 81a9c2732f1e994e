/**
 * `npm run schema`: writes the JSON Schema of each kind of front matter to
 * `schema/<kind>.schema.json`, generated from the one zod definition
 * (src/content/front-matter-schema.ts). The files are committed so editors'
 * YAML tooling can use them; `--check` exits 1 when one is out of date.
 */
import fs from "node:fs";
import path from "node:path";
import { FRONT_MATTER_SCHEMAS, toJsonSchema } from "../content/front-matter-schema.ts";
import { runCli } from "./report.ts";

export const SCHEMA_DIR = path.resolve(import.meta.dirname, "../../schema");

/** File name → exact text that `npm run schema` writes. */
export function schemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of Object.keys(FRONT_MATTER_SCHEMAS) as (keyof typeof FRONT_MATTER_SCHEMAS)[]) {
    files.set(`${kind}.schema.json`, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runCli(() => {
    const check = process.argv.includes("--check");
    const stale: string[] = [];
    for (const [name, text] of schemaFiles()) {
      const file = path.join(SCHEMA_DIR, name);
      const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
      if (current === text) continue;
      stale.push(path.relative(process.cwd(), file));
      if (!check) {
        fs.mkdirSync(SCHEMA_DIR, { recursive: true });
        fs.writeFileSync(file, text);
      }
    }
    if (check && stale.length > 0) {
      console.error(`frise: out of date, run npm run schema: ${stale.join(", ")}`);
      process.exit(1);
    }
    console.log(stale.length ? `frise: wrote ${stale.join(", ")}` : "frise: schema files are up to date");
  });
}
