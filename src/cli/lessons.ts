/**
 * `sorn lessons [--json] [--check FILE.json]`: the lab's guided lessons (`src/lessons/`) as text
 * or as JSON `[{ id, title, level, steps }]` (steps: how many), the ids `?lesson=ID` opens; with
 * `--check` a teacher's lesson file is validated instead (exit 2 with the first bad field named).
 */
import { readFileSync } from "node:fs";
import { SornInputError } from "../models/params/error";
import { LESSONS, lessonListing } from "../lessons";
import { parseLessonFile } from "../lessons/validate";
import { CliError, rejectExtraPositionals, rejectLeftovers, takeBool, takeString, type ParsedArgs } from "./args";

/** Write the listing (or the checked file's) to `out`; returns the message for stderr. */
export function lessons(args: ParsedArgs, out: { stdout(text: string): void }): string {
  const json = takeBool(args, "json") ?? false;
  const file = takeString(args, "check");
  rejectLeftovers(args, "lessons");
  rejectExtraPositionals(args, "lessons");
  let list = LESSONS;
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new CliError(`--check: cannot read '${file}' (${(e as Error).message})`);
    }
    try {
      list = parseLessonFile(text, file);
    } catch (e) {
      if (e instanceof SornInputError) throw new CliError(e.message);
      throw e;
    }
  }
  const rows = lessonListing(list);
  if (json) out.stdout(JSON.stringify(rows, null, 2) + "\n");
  else out.stdout(rows.map((r) => `${r.id.padEnd(24)} ${r.level.padEnd(13)} ${String(r.steps).padStart(2)} steps  ${r.title}\n`).join(""));
  return file !== undefined ? `${file}: ${rows.length} valid lesson(s)` : `${rows.length} lessons; open one with ?lesson=ID`;
}
