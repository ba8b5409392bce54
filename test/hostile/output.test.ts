/**
 * Nothing the analyst owns is replaced or lost (issue 11, defects 2–4): the input through a
 * symlink or a hard link, a link planted where the temporary file goes, parallel runs racing for
 * one output name, and an interrupted write.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as runInProcess } from "../../src/cli/main";
import { publishFile, removeStagedFiles, OutputExistsError } from "../../src/cli/publish";
import { CLI, ROOT, runCli } from "../helpers/cli";

const SAMPLE = join(ROOT, "samples", "assessment-sample.json");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-hostile-out-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));
/** A new empty folder inside `dir`, so each test counts only its own files. */
const fresh = () => mkdtempSync(join(dir, "t-"));

describe("defect 2: the input is never replaced through a link", () => {
  let input: string;
  beforeAll(() => {
    input = join(dir, "in.xlsx");
    expect(runCli(["template", "--lang", "en", "--from", SAMPLE, "--out", input]).status).toBe(0);
    symlinkSync("in.xlsx", join(dir, "link.xlsx"));
    linkSync(input, join(dir, "hard.xlsx"));
  });

  test.each([
    ["conclude through a symlink", ["conclude", "link.xlsx", "--out", "in.xlsx", "--force"]],
    ["template --from a symlink", ["template", "--from", "link.xlsx", "--out", "in.xlsx", "--force"]],
    ["conclude through a hard link", ["conclude", "hard.xlsx", "--out", "in.xlsx", "--force"]],
    ["objections writing onto its input", ["objections", "in.xlsx", "--out", "link.xlsx", "--force"]],
  ])("%s: exit 1, input untouched", (_, args) => {
    const before = hash(input);
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("is the input file");
    expect(run.stdout).toBe("");
    expect(hash(input)).toBe(before);
    expect(lstatSync(join(dir, "link.xlsx")).isSymbolicLink()).toBe(true);
  });
});

describe("defect 3: the temporary file is exclusive and never follows a link", () => {
  test("a link planted at the old predictable name OUT.<pid>.tmp is left alone", async () => {
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const out = join(dir, "planted.xlsx");
    // The old code staged at `${out}.${process.pid}.tmp` and followed a link there.
    symlinkSync(victim, `${out}.${process.pid}.tmp`);
    let stderr = "";
    const code = await runInProcess(["template", "--lang", "en", "--out", out], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("an output name that is a dangling link is not written through without --force", async () => {
    const victim = join(dir, "not-yet.txt");
    const out = join(dir, "dangling.xlsx");
    symlinkSync(victim, out);
    const run = runCli(["template", "--lang", "en", "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("already exists");
    expect(existsSync(victim)).toBe(false);
  });

  test("the published file has the user's usual mode; no temporary file is left", async () => {
    const folder = fresh();
    const out = join(folder, "mode.json");
    await publishFile(out, false, async (h) => {
      await h.writeFile("{}");
    });
    expect(statSync(out).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(leftovers(folder)).toEqual([]);
  });
});

describe("defect 4: never overwrite, even when runs race", () => {
  test("six parallel template runs for one --out: exactly one writes, five say it exists", async () => {
    const folder = fresh();
    const out = join(folder, "race.xlsx");
    const runs = await Promise.all(
      Array.from(
        { length: 6 },
        (_, i) =>
          new Promise<{ code: number | null; stderr: string }>((done) => {
            const child = spawn(process.execPath, [
              CLI,
              "template",
              "--lang",
              i % 2 ? "kk" : "ru",
              "--out",
              out,
            ]);
            let stderr = "";
            child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
            child.on("close", (code) => done({ code, stderr }));
          }),
      ),
    );
    const codes = runs.map((r) => r.code).sort();
    expect(codes).toEqual([0, 1, 1, 1, 1, 1]);
    // Each run is told in its --lang (kk for odd runs, ru for even ones): the message is the catalogue's.
    runs.forEach((r, i) => {
      if (r.code !== 1) return;
      const exists =
        i % 2
          ? "бұрыннан бар; ауыстыру үшін --force қосыңыз"
          : "уже существует; чтобы заменить, укажите --force";
      expect(r.stderr).toBe(`opeval template: ${out} ${exists}\n`);
    });
    expect(leftovers(folder)).toEqual([]);
  });

  test("publishFile without force refuses an output created after the early check", async () => {
    const folder = fresh();
    const out = join(folder, "late.txt");
    await expect(
      publishFile(out, false, async (h) => {
        writeFileSync(out, "someone else's"); // another program creates it while we write
        await h.writeFile("ours");
      }),
    ).rejects.toBeInstanceOf(OutputExistsError);
    expect(readFileSync(out, "utf8")).toBe("someone else's");
    expect(leftovers(folder)).toEqual([]);
  });

  test("an interrupted write (Ctrl-C) removes its temporary file", async () => {
    const folder = fresh();
    const out = join(folder, "interrupted.txt");
    let seen: string[] = [];
    const write = publishFile(out, false, async (h) => {
      await h.write("partial");
      seen = leftovers(folder);
      removeStagedFiles(); // what the SIGINT handler does
      throw new Error("interrupted");
    });
    await expect(write).rejects.toThrow("interrupted");
    expect(seen).toHaveLength(1);
    expect(leftovers(folder)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});
