/**
 * Model → rows: an assessment laid out as the rows of each template table (header first), in the
 * analyst's language. The inverse of the table reader (./tables.ts); round trips are tested.
 */
import type { CellValue } from "../sheet/spec";
import { opennessTable } from "../edition/2020";
import { editionFor, type Edition } from "../edition";
import {
  ASSESSMENT_TABLES,
  AUTOMATION_TABLE,
  BODIES_TABLE,
  COMPLAINTS_TABLE,
  OPENNESS_BODY_TABLE,
  OPENNESS_ROW_TABLES,
  OPENNESS_TABLE,
  OPENNESS_TABLE_TERMS,
  RATINGS_TABLE,
  RECONCILIATION_TABLE,
  SERVICES_TABLE,
  SETTINGS_TABLE,
  SETTING_KEYS,
  SETTING_TERMS,
  choiceText,
  headerRow,
  type TemplateTable,
} from "./template-schema";
import type { Assessment, BodyType, DirectionId, Exemption, Lang } from "./types";

/** Rows (header first) of one template table in `lang`, as filled from `assessment`. */
export type TableRows = CellValue[][];

// ---------------------------------------------------------------------------------------------
// Model → rows. Each table's rows are keyed by column key, then laid out in the table's order.

type Row = Record<string, CellValue>;

function toRows(table: TemplateTable, lang: Lang, rows: Row[]): TableRows {
  return [headerRow(table, lang), ...rows.map((row) => table.columns.map((c) => row[c.key] ?? null))];
}

const yesNo = (value: boolean, lang: Lang) => choiceText(value ? "yes" : "no", lang);

function fulfilmentCell(value: unknown): CellValue {
  if (value === undefined) return null;
  if (value === "na") return "na";
  if (typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/**
 * Rows of every template table for `assessment` (header only when there is none), with the
 * indicator keys and default weights of `edition` (by default the one the assessment names).
 */
export function assessmentRows(
  lang: Lang,
  assessment?: Assessment,
  edition: Edition = editionFor(assessment?.settings.methodology),
): Map<string, TableRows> {
  const rows = new Map<string, Row[]>(ASSESSMENT_TABLES.map((t) => [t.name, []]));
  const add = (table: TemplateTable, row: Row) => rows.get(table.name)?.push(row);
  const settings: Row[] = rows.get(SETTINGS_TABLE.name)!;
  const setting = (key: string, value: CellValue) =>
    settings.push({ setting: key, description: SETTING_TERMS[key]?.[lang] ?? null, value });
  const s = assessment?.settings;
  const signatories = s?.conclusion?.signatories ?? [];
  for (const key of SETTING_KEYS) {
    let value: CellValue = null;
    if (key === "period") value = assessment?.period ?? null;
    else if (key === "methodology") value = s?.methodology ?? edition.id;
    else if (key.startsWith("weight.")) {
      const i = ["weight.services", "weight.openness", "weight.complaints"].indexOf(key);
      value = s ? s.overallWeights[i]! : edition.overall.defaultWeights[i]!;
    } else if (key.startsWith("conclusion.ru.")) {
      const field = key.slice("conclusion.ru.".length) as "authority" | "place";
      value = s?.conclusion?.ru?.[field] ?? null;
    } else if (key.startsWith("conclusion.")) {
      const field = key.slice("conclusion.".length) as "authority" | "place" | "date" | "correctedDate";
      value = s?.conclusion?.[field] ?? null;
    } else if (/^signatory\d+\.ru\.position$/.test(key)) {
      const role = signatories[Number(key.slice(9, key.indexOf("."))) - 1]?.role;
      const ru = s?.conclusion?.ru?.signatories?.find((r) => role !== undefined && r.role === role);
      value = ru?.position ?? null;
    } else {
      const m = /^signatory(\d+)\.(role|position|name)$/.exec(key)!;
      value = signatories[Number(m[1]) - 1]?.[m[2] as "role" | "position" | "name"] ?? null;
    }
    setting(key, value);
  }
  // Signatories beyond the three template rows still round-trip.
  signatories.slice(3).forEach((sig, i) => {
    for (const field of ["role", "position", "name"] as const)
      if (sig[field] !== undefined) setting(`signatory${i + 4}.${field}`, sig[field] ?? null);
  });

  for (const body of assessment?.bodies ?? []) {
    const ref = body.id;
    const exempt: Record<Exemption, CellValue> = {
      nationalBank: choiceText("nationalBank", lang),
      defence: choiceText("defence", lang),
    };
    add(BODIES_TABLE, {
      id: body.id,
      name: body.name,
      shortName: body.shortName ?? null,
      ruName: body.ru?.name ?? null,
      ruShortName: body.ru?.shortName ?? null,
      type: choiceText(body.type satisfies BodyType, lang),
      exempt: body.exempt.map((e) => exempt[e]).join("; ") || null,
      services: body.services === "na" ? choiceText("na", lang) : null,
      openness: body.openness === "na" ? choiceText("na", lang) : null,
      complaints: body.complaints === "na" ? choiceText("na", lang) : null,
    });
    const s = body.services;
    if (s && s !== "na") {
      add(SERVICES_TABLE, {
        body: ref,
        rendered: s.rendered,
        renderedExcludingOneDay: s.renderedExcludingOneDay,
        complaints: s.complaints,
        late: s.late,
        refusals: s.refusals,
        incompleteDocs: s.incompleteDocs,
        extraDocs: s.extraDocs,
      });
      for (const rating of s.ratings) add(RATINGS_TABLE, { body: ref, rating });
      const a = s.automation;
      if (a) add(AUTOMATION_TABLE, { body: ref, ...a, allElectronic: yesNo(a.allElectronic, lang) });
    }
    const o = body.openness;
    if (o && o !== "na") {
      add(OPENNESS_BODY_TABLE, {
        body: ref,
        requestsReceived: o.openData.requestsReceived ?? null,
        auditInPeriod: yesNo(o.openBudget.auditInPeriod, lang),
        classified: yesNo(o.openBudget.classified, lang),
      });
      for (const table of OPENNESS_ROW_TABLES) {
        const keys =
          table === "subordinate"
            ? edition.openness.subordinate.violations.map((v) => v.key)
            : opennessTable(edition, table, body.type).map((i) => i.key);
        const data = o[table] as unknown as Record<"kk" | "ru", Record<string, unknown>>;
        const classified = table === "openBudget" && o.openBudget.classified;
        for (const key of keys) {
          const kk = data.kk[key];
          const ru = data.ru[key];
          // A classified budget's cells stay out of the sheet unless they were entered (I-13).
          if (classified && kk === undefined && ru === undefined) continue;
          const row: Row = { body: ref, table: OPENNESS_TABLE_TERMS[table][lang], indicator: key };
          for (const [lang2, v] of [
            ["kk", kk],
            ["ru", ru],
          ] as const) {
            if (typeof v === "object" && v !== null) {
              const share = v as { answered: number; received: number };
              row[`${lang2}Answered`] = share.answered;
              row[`${lang2}Received`] = share.received;
            } else if (typeof v === "boolean") row[lang2] = yesNo(v, lang);
            else row[lang2] = fulfilmentCell(v);
          }
          add(OPENNESS_TABLE, row);
        }
      }
    }
    const c = body.complaints;
    if (c && c !== "na")
      add(COMPLAINTS_TABLE, { body: ref, ...c, challengedInCourt: yesNo(c.challengedInCourt, lang) });
    for (const d of ["services", "openness", "complaints"] as const satisfies readonly DirectionId[]) {
      const facts = body.unreliable[d];
      if (facts.count === 0) continue;
      const direction = choiceText(d, lang);
      if (facts.texts.length === facts.count)
        facts.texts.forEach((text, i) =>
          add(RECONCILIATION_TABLE, { body: ref, direction, text, ru: facts.ru?.[i] ?? null }),
        );
      else add(RECONCILIATION_TABLE, { body: ref, direction, count: facts.count });
    }
  }
  return new Map(ASSESSMENT_TABLES.map((t) => [t.name, toRows(t, lang, rows.get(t.name) ?? [])]));
}
