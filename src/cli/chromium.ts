/**
 * Debian's Chromium, for `npm run audit` and the browser tests: where to find
 * it and the flags it needs here (without the networking ones it keeps trying
 * to reach outside hosts; see ../shared/TOOLCHAIN.md).
 */
import fs from "node:fs";
import path from "node:path";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** FRISE_CHROMIUM, else CHROME_PATH, else /usr/bin/chromium, else `chromium` on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FRISE_CHROMIUM) return isExecutable(env.FRISE_CHROMIUM) ? env.FRISE_CHROMIUM : undefined;
  for (const candidate of [env.CHROME_PATH, "/usr/bin/chromium"]) if (candidate && isExecutable(candidate)) return candidate;
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, "chromium");
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}
