// Installs the pnpm version pinned in package.json through npm when the machine lacks it.
// Corepack cannot fetch pnpm on every machine, and pnpm 11 does not run on Node 20, so the
// pinned pnpm 10 is installed globally with npm instead.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const pinned = manifest.packageManager.replace(/^pnpm@/, "");

function installedVersion() {
  try {
    return execFileSync("pnpm", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

const found = installedVersion();
if (found === pinned) {
  console.log(`pnpm ${pinned} is installed.`);
} else {
  console.log(`Installing pnpm ${pinned} through npm (found: ${found ?? "none"}).`);
  execFileSync("npm", ["install", "--global", `pnpm@${pinned}`], { stdio: "inherit" });
}
