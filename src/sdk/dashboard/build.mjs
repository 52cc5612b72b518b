// Builds the dashboard: one esbuild bundle of main.ts (the SDK and viem included) plus the static files,
// into dashboard/dist/ (or the folder given as the first argument). Serve that folder with any static file
// server, with the deployments file copied next to it as deployment.json.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildDashboard(outdir = path.join(here, "dist")) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [path.join(here, "main.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: false,
    // loadDeployment reads files under Node only; in the browser it fetches.
    external: ["node:fs/promises"],
    outfile: path.join(outdir, "main.js"),
    logLevel: "warning",
  });
  for (const f of ["index.html", "style.css"]) copyFileSync(path.join(here, f), path.join(outdir, f));
  return outdir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildDashboard(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`dashboard built in ${path.relative(process.cwd(), out) || "."}`);
}
