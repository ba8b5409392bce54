/**
 * Model → rows: an assessment laid out as the rows of each template table (header first), in the
 * analyst's language. The inverse of the table reader (./tables.ts); round trips are tested.
 */
import type { CellValue } from "../sheet/spec";
import { opennessTable } from "../edition/2020";
import { editionFor, type Edition } from "../edition";
import {
  ASSESSMENT_TABLES,
  AUTHORITIES_TABLE,
  AUTHORITY_BLOCK_TERMS,
  AUTOMATION_TABLE,
  BODIES_TABLE,
  COMPLAINTS_TABLE,
  OPENNESS_BODY_TABLE,
  OPENNESS_ROW_TABLES,
  OPENNESS_TABLE,
  OPENNESS_TABLE_TERMS,
  RATINGS_TABLE,
  RECONCILIATION_TABLE,
  RECEIVED_TABLE,
  SERVICES_TABLE,
  SETTINGS_TABLE,
  SETTING_KEYS,
  SETTING_TERMS,
  choiceText,
  headerRow,
  type TemplateTable,
  settingName,
} from "./template-schema";
import {
  AUTHORITY_DIRECTIONS,
  DIRECTIONS,
  RECEIVED_DIRECTIONS,
  type Assessment,
  type AuthorityDirection,
  type Body,
  type BodyConclusion,
  type BodyType,
  type ConclusionBlock,
  type DirectionId,
  type Exemption,
  type Lang,
  type Signatory,
} from "./types";

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

/** One signatory slot of the Settings table: its role, the Kazakh fields, the Russian ones. */
interface SignatorySlot {
  role: string;
  kk?: Signatory;
  ru?: Signatory;
}

/**
 * The Settings table's signatory slots of a block: its signatories in order, each with the Russian
 * entry of the same role; then the roles only the Russian list names (their Kazakh fields blank).
 */
function signatorySlots(block: ConclusionBlock | undefined): SignatorySlot[] {
  const ru = block?.ru?.signatories ?? [];
  const slots: SignatorySlot[] = (block?.signatories ?? []).map((kk) => ({
    role: kk.role,
    kk,
    ru: ru.find((r) => r.role === kk.role),
  }));
  for (const r of ru) if (!slots.some((x) => x.role === r.role)) slots.push({ role: r.role, ru: r });
  return slots;
}

/**
 * The opeval_Authorities rows of a block (the authority's for a direction, or a body's own with its
 * direction blocks): authority, place and date, then each signatory's position and name, Kazakh in
 * Value and Russian in Value in Russian. A signatory with neither gets a row with both blank.
 */
function authorityRows(
  block: BodyConclusion | undefined,
  body: string | null,
  lang: Lang,
  direction?: AuthorityDirection | DirectionId,
): Row[] {
  if (!block) return [];
  const label = direction ? AUTHORITY_BLOCK_TERMS[direction][lang] : null;
  const rows: Row[] = [];
  const row = (field: string, value: CellValue | undefined, ruValue: CellValue | undefined) =>
    rows.push({ body, block: label, field, value: value ?? null, ruValue: ruValue ?? null });
  for (const field of ["authority", "place", "date"] as const)
    if (block[field] !== undefined || block.ru?.[field] !== undefined)
      row(field, block[field], block.ru?.[field]);
  for (const slot of signatorySlots(block)) {
    const parts = (["position", "name"] as const).filter(
      (p) => slot.kk?.[p] !== undefined || slot.ru?.[p] !== undefined,
    );
    for (const part of parts.length ? parts : (["name"] as const))
      row(`${slot.role}.${part}`, slot.kk?.[part], slot.ru?.[part]);
  }
  if (!direction)
    for (const d of [...DIRECTIONS, "automation"] as const)
      rows.push(...authorityRows(block[d], body, lang, d));
  return rows;
}

/** A YYYY-MM-DD date as the analyst types it, dd.mm.yyyy (the reader takes both). */
const dotted = (iso: string | undefined): CellValue =>
  iso === undefined ? null : `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The opeval_Received rows of a body (issue 24): one per received direction, scores and dates as given. */
function receivedRows(body: Pick<Body, "id" | "received">, lang: Lang): Row[] {
  return RECEIVED_DIRECTIONS.flatMap((d) => {
    const r = body.received?.[d];
    if (!r) return [];
    return [
      {
        body: body.id,
        direction: AUTHORITY_BLOCK_TERMS[d][lang],
        total: r.total ?? null,
        penalty: r.penalty ?? null,
        final: r.final ?? null,
        K3: r.K3 ?? null,
        conclusionDate: dotted(r.conclusionDate),
        conclusionNo: r.conclusionNo ?? null,
        decisionDate: dotted(r.decisionDate),
        receivedOn: dotted(r.receivedOn),
        from: r.from,
      },
    ];
  });
}

/** The opeval_Received table (header first) of these bodies' received conclusions: what `opeval results` writes. */
export function receivedTableRows(bodies: readonly Pick<Body, "id" | "received">[], lang: Lang): TableRows {
  return toRows(
    RECEIVED_TABLE,
    lang,
    bodies.flatMap((b) => receivedRows(b, lang)),
  );
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
  const addAll = (table: TemplateTable, more: Row[]) => more.forEach((row) => add(table, row));
  const settings: Row[] = rows.get(SETTINGS_TABLE.name)!;
  const setting = (key: string, value: CellValue) =>
    settings.push({
      setting: settingName(key, lang),
      description: SETTING_TERMS[key]?.[lang] ?? null,
      value,
    });
  const s = assessment?.settings;
  const slots = signatorySlots(s?.conclusion);
  const slotValue = (n: number, field: string): CellValue => {
    const slot = slots[n - 1];
    if (!slot) return null;
    if (field === "role") return slot.role;
    const from = field.startsWith("ru.") ? slot.ru : slot.kk;
    return from?.[field.replace("ru.", "") as "position" | "name"] ?? null;
  };
  for (const key of SETTING_KEYS) {
    let value: CellValue = null;
    const slot = /^signatory(\d+)\.(.+)$/.exec(key);
    if (key === "period") value = assessment?.period ?? null;
    else if (key === "methodology") value = s?.methodology ?? edition.id;
    else if (key.startsWith("weight.")) {
      const i = ["weight.services", "weight.openness", "weight.complaints"].indexOf(key);
      value = s ? s.overallWeights[i]! : edition.overall.defaultWeights[i]!;
    } else if (key.startsWith("conclusion.ru.")) {
      const field = key.slice("conclusion.ru.".length) as "authority" | "place" | "date";
      value = s?.conclusion?.ru?.[field] ?? null;
    } else if (key.startsWith("conclusion.")) {
      const field = key.slice("conclusion.".length) as "authority" | "place" | "date" | "correctedDate";
      value = s?.conclusion?.[field] ?? null;
    } else if (slot) value = slotValue(Number(slot[1]), slot[2]!);
    setting(key, value);
  }
  for (const block of AUTHORITY_DIRECTIONS)
    authorityRows(s?.conclusion?.[block], null, lang, block).forEach((row) => add(AUTHORITIES_TABLE, row));
  // Signatories beyond the template's slots still round-trip, their Russian fields too.
  const templateSlots = SETTING_KEYS.filter((k) => /^signatory\d+\.role$/.test(k)).length;
  for (let n = templateSlots + 1; n <= slots.length; n++)
    for (const field of ["role", "position", "name", "ru.position", "ru.name"]) {
      const value = slotValue(n, field);
      if (value !== null) setting(`signatory${n}.${field}`, value);
    }

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
      representativePosition: body.representative?.position ?? null,
      representativeName: body.representative?.name ?? null,
      ruRepresentativePosition: body.representative?.ru?.position ?? null,
      ruRepresentativeName: body.representative?.ru?.name ?? null,
    });
    authorityRows(body.conclusion, body.id, lang).forEach((row) => add(AUTHORITIES_TABLE, row));
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
    } else if (body.automation) {
      // K3 alone (§24, §26): the Automation row without a Services row.
      const a = body.automation;
      add(AUTOMATION_TABLE, { body: ref, ...a, allElectronic: yesNo(a.allElectronic, lang) });
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
    addAll(RECEIVED_TABLE, receivedRows(body, lang));
  }
  return new Map(ASSESSMENT_TABLES.map((t) => [t.name, toRows(t, lang, rows.get(t.name) ?? [])]));
}
