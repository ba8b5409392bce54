#!/usr/bin/env node
/**
 * The sample's previous year: a seeded 2018 assessment derived from samples/assessment-sample.json
 * (2019) by moving every figure a little, and the history (opeval_History, opeval_BodyMap) of both
 * years that samples/generate-sample.mjs writes into samples/assessment-sample.xlsx.
 *
 *   node samples/generate-previous.mjs          samples/assessment-previous.json (if absent)
 *   node samples/generate-previous.mjs --json   regenerate it (seeded, so the same every time)
 *
 * Body names are real; EVERY FIGURE IS SYNTHETIC. Differences from 2019, to show what the history
 * does with them: the ministry of digital development was the ministry of information and
 * communications (code "mic", mapped to "mdai" in opeval_BodyMap); the ministry of religious and
 * civil society affairs exists in 2018 only; the Abai, Zhetysu and Ulytau regions in 2019 only.
 * Needs the compiled CLI modules (`npm run build:cli`).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generator } from "./seeded-random.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const build = join(here, "..", "build", "src");
export const PREVIOUS_JSON = join(here, "assessment-previous.json");
const CURRENT_JSON = join(here, "assessment-sample.json");

/** Dates the two periods were recorded (the dates of their conclusions): fixed, so the sample is reproducible. */
const RECORDED = { 2018: "20.03.2019", 2019: "20.03.2020" };


const BODY_MAP = [["mic", "mdai", "2019: renamed Ministry of Digital Development, Innovation and Aerospace Industry"]];
const RENAMED = {
  mdai: {
    id: "mic",
    name: "Қазақстан Республикасының Ақпарат және коммуникациялар министрлігі",
    shortName: "Ақпарат және коммуникация",
    ru: { name: "Министерство информации и коммуникаций Республики Казахстан", shortName: "МИК" },
  },
};
const ONLY_2019 = new Set(["abai", "zhetysu", "ulytau"]);
const ONLY_2018 = {
  id: "mrcs",
  name: "Қазақстан Республикасының Дін істері және азаматтық қоғам министрлігі",
  shortName: "Дін істері",
  ru: { name: "Министерство по делам религий и гражданского общества Республики Казахстан", shortName: "МДРГО" },
  like: "misd",
};

/** The 2018 assessment: the 2019 one with every figure moved (seeded). */
export function previousAssessment(current) {
  const random = generator(2018);
  const between = (min, max) => min + (max - min) * random();
  const scale = (n, spread) => Math.max(0, Math.round(n * between(1 - spread, 1 + spread)));
  const clamp = (n, max) => Math.min(n, max);
  const round2 = (x) => Math.round(x * 100) / 100;

  function services(s) {
    if (s === "na" || s === undefined) return s;
    const rendered = scale(s.rendered, 0.15) || 1;
    const base = clamp(scale(s.renderedExcludingOneDay, 0.15), rendered);
    const out = {
      ratings: s.ratings.map((r) => round2(Math.min(5, Math.max(4, r + between(-0.25, 0.15))))),
      rendered,
      renderedExcludingOneDay: base,
      complaints: clamp(scale(s.complaints, 0.4), rendered),
      late: clamp(scale(s.late, 0.5), base),
      refusals: clamp(scale(s.refusals, 0.5), base),
      incompleteDocs: clamp(scale(s.incompleteDocs, 0.5), base),
      extraDocs: clamp(scale(s.extraDocs, 0.5), base),
    };
    if (s.automation) {
      const a = s.automation;
      const share = a.electronicVolume / a.totalVolume;
      out.automation = {
        ...a,
        portalServiceTypes: clamp(scale(a.portalServiceTypes, 0.1), a.serviceTypes),
        electronicVolume: Math.round(rendered * Math.min(1, share * between(0.9, 1))),
        totalVolume: rendered,
        downtimeHours: round2(a.downtimeHours * between(0.5, 1.5)),
      };
    }
    return out;
  }

  function fulfilment(v) {
    if (typeof v === "number" && random() < 0.2) return v === 1 ? round2(between(0.5, 0.95)) : 1;
    if (typeof v === "object" && v !== null && "received" in v) {
      const received = scale(v.received, 0.3) || 1;
      return { answered: clamp(scale(v.answered, 0.3), received), received };
    }
    return v;
  }

  function openness(o) {
    if (o === "na" || o === undefined) return o;
    const copy = JSON.parse(JSON.stringify(o));
    for (const table of ["openData", "openBudget", "openNpa", "openDialogue"])
      for (const lang of ["kk", "ru"])
        for (const key of Object.keys(copy[table][lang])) copy[table][lang][key] = fulfilment(copy[table][lang][key]);
    return copy;
  }

  function complaints(c) {
    if (c === "na" || c === undefined) return c;
    const reviewed = scale(c.reviewed, 0.2) || 1;
    const late = clamp(scale(c.late, 0.5), reviewed);
    const impossible = clamp(c.disciplineImpossible, late);
    return {
      ...c,
      reviewed,
      late,
      courtUpheld: clamp(scale(c.courtUpheld, 0.5), reviewed),
      repeatUpheld: clamp(scale(c.repeatUpheld, 0.5), reviewed),
      disciplined: clamp(scale(c.disciplined, 0.3), late - impossible),
      disciplineImpossible: impossible,
    };
  }

  const moved = (b) => ({
    ...b,
    services: services(b.services),
    openness: openness(b.openness),
    complaints: complaints(b.complaints),
  });
  const bodies = [];
  for (const b of current.bodies) {
    if (ONLY_2019.has(b.id)) continue;
    // Renamed bodies keep their place in the order; their names are those of the year.
    const names = ({ id, name, shortName, ru }) => ({
      id,
      name,
      ...(shortName ? { shortName } : {}),
      ...(ru ? { ru } : {}),
    });
    bodies.push({ ...moved(b), ...(RENAMED[b.id] ? names(RENAMED[b.id]) : {}) });
    if (b.id === ONLY_2018.like) bodies.push({ ...moved(b), ...names(ONLY_2018) });
  }
  return {
    period: "2018",
    settings: {
      ...current.settings,
      conclusion: { ...current.settings.conclusion, date: RECORDED[2018] },
    },
    bodies,
  };
}

/** The previous-year JSON, written when absent or asked for (`--json`). */
export function ensurePreviousJson(force = false) {
  if (!force && existsSync(PREVIOUS_JSON)) return JSON.parse(readFileSync(PREVIOUS_JSON, "utf8"));
  const previous = previousAssessment(JSON.parse(readFileSync(CURRENT_JSON, "utf8")));
  writeFileSync(PREVIOUS_JSON, JSON.stringify(previous, null, 1) + "\n");
  console.log(`wrote ${PREVIOUS_JSON}`);
  return previous;
}

/**
 * The rows of opeval_History (both years) and opeval_BodyMap in `lang`, keyed by table name, for
 * the sample workbook; `current` is the parsed 2019 assessment.
 */
export function historyRows(current, lang = "kk") {
  const require = createRequire(import.meta.url);
  const { parseAssessment } = require(join(build, "model", "parse.js"));
  const { scoreAssessment } = require(join(build, "methodology", "assess.js"));
  const { snapshotOf } = require(join(build, "history", "history-snapshot.js"));
  const { historyTableRows, bodyMapTableRows } = require(join(build, "history", "history-rows.js"));
  const { HISTORY_TABLE_NAME, BODY_MAP_TABLE_NAME } = require(join(build, "history", "history-tables.js"));
  const parsed = parseAssessment(ensurePreviousJson());
  if (!parsed.assessment) throw new Error(JSON.stringify(parsed.problems, null, 1));
  const snapshots = [
    snapshotOf(scoreAssessment(parsed.assessment), "2018", { recorded: RECORDED[2018] }),
    snapshotOf(scoreAssessment(current), "2019", { recorded: RECORDED[2019] }),
  ];
  const map = new Map(BODY_MAP.map(([previous, now]) => [previous, now]));
  return new Map([
    [HISTORY_TABLE_NAME, historyTableRows(snapshots, lang)],
    [BODY_MAP_TABLE_NAME, bodyMapTableRows(map, lang)],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensurePreviousJson(process.argv.includes("--json"));
