#!/usr/bin/env node
/**
 * Rebuilds the sample cohort.
 *
 *   node samples/generate-sample.mjs          samples/assessment-sample.json → samples/assessment-sample.xlsx
 *   node samples/generate-sample.mjs --json   first regenerate the JSON (seeded, so the same every time)
 *
 * Body names are real Kazakh state bodies; EVERY FIGURE IS SYNTHETIC (drawn from a seeded generator
 * in realistic ranges). The workbook is the opeval input template filled from the JSON, built by
 * the compiled CLI modules (run `npm run build:cli` first).
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generator } from "./seeded-random.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const JSON_FILE = join(here, "assessment-sample.json");
const XLSX_FILE = join(here, "assessment-sample.xlsx");

const random = generator(2019);
const between = (min, max) => min + (max - min) * random();
const int = (min, max) => Math.floor(between(min, max + 1));
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
const chance = (p) => random() < p;
const logUniform = (min, max) => Math.round(Math.exp(between(Math.log(min), Math.log(max))));

const CENTRAL = [
  ["nbrk", "Қазақстан Республикасының Ұлттық Банкі", { exempt: ["nationalBank"] }],
  ["mod", "Қазақстан Республикасының Қорғаныс министрлігі", { exempt: ["defence"], classified: true }],
  ["mia", "Қазақстан Республикасының Ішкі істер министрлігі"],
  ["mfa", "Қазақстан Республикасының Сыртқы істер министрлігі"],
  ["moj", "Қазақстан Республикасының Әділет министрлігі"],
  ["mof", "Қазақстан Республикасының Қаржы министрлігі"],
  ["mne", "Қазақстан Республикасының Ұлттық экономика министрлігі"],
  ["mes", "Қазақстан Республикасының Білім және ғылым министрлігі"],
  ["moh", "Қазақстан Республикасының Денсаулық сақтау министрлігі"],
  ["mlsp", "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі"],
  ["moa", "Қазақстан Республикасының Ауыл шаруашылығы министрлігі"],
  ["miid", "Қазақстан Республикасының Индустрия және инфрақұрылымдық даму министрлігі"],
  ["moe", "Қазақстан Республикасының Энергетика министрлігі"],
  ["megnr", "Қазақстан Республикасының Экология, геология және табиғи ресурстар министрлігі"],
  ["mdai", "Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі"],
  ["misd", "Қазақстан Республикасының Ақпарат және қоғамдық даму министрлігі"],
  ["mcs", "Қазақстан Республикасының Мәдениет және спорт министрлігі"],
  ["mti", "Қазақстан Республикасының Сауда және интеграция министрлігі"],
  ["mem", "Қазақстан Республикасының Төтенше жағдайлар министрлігі"],
  ["anticor", "Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі"],
  ["arfm", "Қазақстан Республикасының Қаржы нарығын реттеу және дамыту агенттігі"],
  ["competition", "Қазақстан Республикасының Бәсекелестікті қорғау және дамыту агенттігі"],
  ["aspr", "Қазақстан Республикасының Стратегиялық жоспарлау және реформалар агенттігі"],
  ["afm", "Қазақстан Республикасының Қаржылық мониторинг агенттігі"],
  ["gp", "Қазақстан Республикасының Бас прокуратурасы", { unmonitored: true }],
  ["ud", "Қазақстан Республикасы Президентінің Іс басқармасы"],
  ["cec", "Қазақстан Республикасының Орталық сайлау комиссиясы", { noServices: true }],
  ["acc", "Республикалық бюджеттің атқарылуын бақылау жөніндегі есеп комитеті"],
];

const LOCAL = [
  ["abai", "Абай облысының әкімдігі"],
  ["akmola", "Ақмола облысының әкімдігі"],
  ["aktobe", "Ақтөбе облысының әкімдігі"],
  ["almaty-reg", "Алматы облысының әкімдігі"],
  ["atyrau", "Атырау облысының әкімдігі"],
  ["wko", "Батыс Қазақстан облысының әкімдігі"],
  ["zhambyl", "Жамбыл облысының әкімдігі"],
  ["zhetysu", "Жетісу облысының әкімдігі"],
  ["karaganda", "Қарағанды облысының әкімдігі"],
  ["kostanay", "Қостанай облысының әкімдігі"],
  ["kyzylorda", "Қызылорда облысының әкімдігі"],
  ["mangystau", "Маңғыстау облысының әкімдігі"],
  ["pavlodar", "Павлодар облысының әкімдігі"],
  ["nko", "Солтүстік Қазақстан облысының әкімдігі"],
  ["turkestan", "Түркістан облысының әкімдігі"],
  ["ulytau", "Ұлытау облысының әкімдігі"],
  ["eko", "Шығыс Қазақстан облысының әкімдігі"],
  ["astana", "Астана қаласының әкімдігі"],
  ["almaty", "Алматы қаласының әкімдігі"],
  ["shymkent", "Шымкент қаласының әкімдігі"],
];

/**
 * Official Russian names of the bodies, and short names (Kazakh, Russian) for sheet tabs, by id.
 * The short names are at most 14 characters so that "<short>-14-открытость-ru" fits Excel's 31.
 */
const TEXTS = {
  nbrk: ["Национальный Банк Республики Казахстан", "Ұлттық Банк", "Нацбанк"],
  mod: ["Министерство обороны Республики Казахстан", "Қорғаныс", "Минобороны"],
  mia: ["Министерство внутренних дел Республики Казахстан", "Ішкі істер", "МВД"],
  mfa: ["Министерство иностранных дел Республики Казахстан", "Сыртқы істер", "МИД"],
  moj: ["Министерство юстиции Республики Казахстан", "Әділет", "Минюст"],
  mof: ["Министерство финансов Республики Казахстан", "Қаржы", "Минфин"],
  mne: ["Министерство национальной экономики Республики Казахстан", "Ұлттық эконом", "МНЭ"],
  mes: ["Министерство образования и науки Республики Казахстан", "Білім", "МОН"],
  moh: ["Министерство здравоохранения Республики Казахстан", "Денсаулық", "Минздрав"],
  mlsp: ["Министерство труда и социальной защиты населения Республики Казахстан", "Еңбек", "Минтруда"],
  moa: ["Министерство сельского хозяйства Республики Казахстан", "Ауыл шаруаш", "Минсельхоз"],
  miid: ["Министерство индустрии и инфраструктурного развития Республики Казахстан", "Индустрия", "МИИР"],
  moe: ["Министерство энергетики Республики Казахстан", "Энергетика", "Минэнерго"],
  megnr: ["Министерство экологии, геологии и природных ресурсов Республики Казахстан", "Экология", "МЭГПР"],
  mdai: [
    "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
    "Цифрлық даму",
    "МЦРИАП",
  ],
  misd: ["Министерство информации и общественного развития Республики Казахстан", "Ақпарат", "МИОР"],
  mcs: ["Министерство культуры и спорта Республики Казахстан", "Мәдениет", "МКС"],
  mti: ["Министерство торговли и интеграции Республики Казахстан", "Сауда", "МТИ"],
  mem: ["Министерство по чрезвычайным ситуациям Республики Казахстан", "Төтенше", "МЧС"],
  anticor: ["Агентство Республики Казахстан по противодействию коррупции", "Сыбайлас", "Антикор"],
  arfm: [
    "Агентство Республики Казахстан по регулированию и развитию финансового рынка",
    "Қаржы нарығы",
    "АРРФР",
  ],
  competition: ["Агентство по защите и развитию конкуренции Республики Казахстан", "Бәсекелестік", "АЗРК"],
  aspr: ["Агентство по стратегическому планированию и реформам Республики Казахстан", "Стратегия", "АСПР"],
  afm: ["Агентство Республики Казахстан по финансовому мониторингу", "Қаржылық мон", "АФМ"],
  gp: ["Генеральная прокуратура Республики Казахстан", "Прокуратура", "Генпрокуратура"],
  ud: ["Управление делами Президента Республики Казахстан", "Іс басқармасы", "УДП"],
  cec: ["Центральная избирательная комиссия Республики Казахстан", "Сайлау", "ЦИК"],
  acc: [
    "Счетный комитет по контролю за исполнением республиканского бюджета",
    "Есеп комитеті",
    "Счетный ком.",
  ],
  abai: ["Акимат области Абай", "Абай", "Абай"],
  akmola: ["Акимат Акмолинской области", "Ақмола", "Акмолинская"],
  aktobe: ["Акимат Актюбинской области", "Ақтөбе", "Актюбинская"],
  "almaty-reg": ["Акимат Алматинской области", "Алматы обл.", "Алматинская"],
  atyrau: ["Акимат Атырауской области", "Атырау", "Атырауская"],
  wko: ["Акимат Западно-Казахстанской области", "БҚО", "ЗКО"],
  zhambyl: ["Акимат Жамбылской области", "Жамбыл", "Жамбылская"],
  zhetysu: ["Акимат области Жетісу", "Жетісу", "Жетысу"],
  karaganda: ["Акимат Карагандинской области", "Қарағанды", "Карагандинская"],
  kostanay: ["Акимат Костанайской области", "Қостанай", "Костанайская"],
  kyzylorda: ["Акимат Кызылординской области", "Қызылорда", "Кызылординская"],
  mangystau: ["Акимат Мангистауской области", "Маңғыстау", "Мангистауская"],
  pavlodar: ["Акимат Павлодарской области", "Павлодар", "Павлодарская"],
  nko: ["Акимат Северо-Казахстанской области", "СҚО", "СКО"],
  turkestan: ["Акимат Туркестанской области", "Түркістан", "Туркестанская"],
  ulytau: ["Акимат области Ұлытау", "Ұлытау", "Улытау"],
  eko: ["Акимат Восточно-Казахстанской области", "ШҚО", "ВКО"],
  astana: ["Акимат города Астаны", "Астана", "Астана"],
  almaty: ["Акимат города Алматы", "Алматы қ.", "Алматы"],
  shymkent: ["Акимат города Шымкента", "Шымкент", "Шымкент"],
};

/**
 * Reconciliation-act facts (annex 1) in Kazakh and Russian; the numbers in them are synthetic too.
 * Each draws its numbers once, so both languages state the same figures.
 */
const FACTS = {
  services: [
    (n) => {
      const m = n + int(3, 15);
      return {
        text: `Мерзімі бұзылып көрсетілген қызметтер саны ақпараттық жүйе деректерімен сәйкес келмейді (есепте ${n}, жүйеде ${m}).`,
        ru: `Количество услуг, оказанных с нарушением сроков, не совпадает с данными информационной системы (в отчете ${n}, в системе ${m}).`,
      };
    },
    () => ({
      text: "Негізсіз бас тартулар туралы мәліметтер есепке толық енгізілмеген.",
      ru: "Сведения о необоснованных отказах внесены в отчет не в полном объеме.",
    }),
    (n) => ({
      text: `Көрсетілген қызметтердің жалпы саны Мемлекеттік корпорация деректерінен ${n * 10}-ға артық көрсетілген.`,
      ru: `Общее количество оказанных услуг завышено на ${n * 10} по сравнению с данными Государственной корпорации.`,
    }),
  ],
  openness: [
    () => ({
      text: "«Ашық бюджеттер» порталында орналастырылған есептің күні есептегі күнмен сәйкес келмейді.",
      ru: "Дата отчета, размещенного на портале «Открытые бюджеты», не совпадает с датой, указанной в отчете.",
    }),
    (n) => ({
      text: `Жарияланған ашық деректер жиынтықтарының саны порталдағы деректерден ${n}-ге артық көрсетілген.`,
      ru: `Количество опубликованных наборов открытых данных завышено на ${n} по сравнению с данными портала.`,
    }),
  ],
  complaints: [
    (n) => ({
      text: `Қаралған шағымдар саны құжат айналымы жүйесінің деректерінен ${n * 5}-ке артық көрсетілген.`,
      ru: `Количество рассмотренных жалоб завышено на ${n * 5} по сравнению с данными системы документооборота.`,
    }),
    () => ({
      text: "Тәртіптік жаза қолданылғаны туралы мәліметтер бұйрықтармен расталмаған.",
      ru: "Сведения о применении дисциплинарных взысканий не подтверждены приказами.",
    }),
  ],
};

const OPENNESS_KEYS = {
  openData: { central: ["1", "2", "3", "4", "5"], local: ["1", "2", "3", "4", "5"] },
  openBudget: {
    central: [
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11.1",
      "11.2",
      "11.3",
    ],
    local: ["1", "2", "3", "4", "5", "6", "7.1", "7.2", "7.3"],
  },
  openNpa: {
    central: ["1", "2", "3", "4", "5.1", "5.2", "5.3"],
    local: ["1", "2", "3", "4.1", "4.2", "4.3"],
  },
  openDialogue: { central: ["1", "2", "3", "4", "5"], local: ["1", "2", "3", "4", "5"] },
};
const SUBORDINATE_KEYS = ["8.1", "9.1", "9.2", "9.3", "10.1", "10.2"];

function fulfilment(quality) {
  const r = random();
  if (r < quality) return 1;
  if (r < quality + (1 - quality) * 0.6) return round(between(0.5, 0.95), 2);
  return 0;
}

function opennessTables(type, quality, classified) {
  const result = {};
  for (const [table, keys] of Object.entries(OPENNESS_KEYS)) {
    const entry = { kk: {}, ru: {} };
    if (!(table === "openBudget" && classified)) {
      for (const lang of ["kk", "ru"]) {
        // The Russian version tends to be a little more complete than the state-language one.
        const q = lang === "ru" ? Math.min(1, quality + 0.04) : quality;
        for (const key of keys[type]) {
          if (table === "openDialogue" && key === "2") {
            const received = int(40, 900);
            entry[lang][key] = {
              answered: Math.max(0, received - int(0, Math.ceil(received * 0.12))),
              received,
            };
          } else if (table === "openNpa" && key === "1" && chance(0.15)) entry[lang][key] = "na";
          else entry[lang][key] = fulfilment(q);
        }
      }
    }
    result[table] = entry;
  }
  result.openData.requestsReceived = chance(0.6) ? 0 : int(1, 6);
  result.openBudget.auditInPeriod = chance(0.8);
  result.openBudget.classified = classified;
  const breach = () => (chance(0.12) ? (chance(0.5) ? true : int(1, 3)) : false);
  result.subordinate = {
    kk: Object.fromEntries(SUBORDINATE_KEYS.map((k) => [k, breach()])),
    ru: Object.fromEntries(SUBORDINATE_KEYS.map((k) => [k, breach()])),
  };
  return result;
}

function services(type, options) {
  if (options.noServices) return "na";
  const types = int(3, type === "central" ? 14 : 25);
  const ratings = options.unmonitored
    ? []
    : Array.from({ length: types }, () => round(chance(0.85) ? between(4.5, 5) : between(4.05, 4.5), 2));
  const rendered = type === "central" ? logUniform(8_000, 12_000_000) : logUniform(150_000, 3_500_000);
  const base = Math.round(rendered * between(0.6, 0.95));
  const per10k = (min, max, of) => Math.min(of, Math.round((between(min, max) * of) / 10_000));
  const s = {
    ratings,
    rendered,
    renderedExcludingOneDay: base,
    complaints: per10k(0.05, 2.5, rendered),
    late: per10k(0.3, 9, base),
    refusals: per10k(0, 1.5, base),
    incompleteDocs: per10k(0, 0.8, base),
    extraDocs: per10k(0, 0.6, base),
  };
  if (type === "central") {
    const serviceTypes = int(8, 160);
    const allElectronic = chance(0.07);
    s.automation = {
      portalServiceTypes: allElectronic ? serviceTypes : Math.round(serviceTypes * between(0.55, 1)),
      serviceTypes,
      electronicVolume: Math.round(rendered * (allElectronic ? 1 : between(0.7, 0.99))),
      totalVolume: rendered,
      transferredInPeriod: int(0, 6),
      allElectronic,
      downtimeHours: chance(0.4) ? 0 : round(between(0.5, 28), 1),
    };
  }
  return s;
}

function complaints(type) {
  const reviewed = type === "central" ? logUniform(150, 60_000) : logUniform(2_000, 90_000);
  const late = Math.round(reviewed * between(0, 0.012));
  const impossible = late > 3 && chance(0.3) ? int(1, 2) : 0;
  const share = chance(0.7) ? between(0.85, 1) : between(0.4, 0.85);
  const challengedInCourt = chance(0.9);
  return {
    reviewed,
    late,
    courtUpheld: challengedInCourt ? Math.round(reviewed * between(0, 0.0004)) : 0,
    challengedInCourt,
    repeatUpheld: Math.round(reviewed * between(0, 0.02)),
    disciplined: Math.floor((late - impossible) * share),
    disciplineImpossible: impossible,
  };
}

function unreliable() {
  const facts = {};
  for (const d of ["services", "openness", "complaints"]) {
    if (!chance(0.35)) continue;
    const n = int(1, FACTS[d].length);
    facts[d] = Array.from({ length: n }, (_, i) => FACTS[d][i](int(2, 40)));
  }
  return Object.keys(facts).length ? facts : undefined;
}

function body(id, name, type, options = {}) {
  const quality = between(0.72, 0.97);
  const [ruName, shortName, ruShortName] = TEXTS[id];
  const b = { id, name, shortName, ru: { name: ruName, shortName: ruShortName }, type };
  if (options.exempt) b.exempt = options.exempt;
  b.services = services(type, options);
  b.openness = opennessTables(type, quality, options.classified === true);
  b.complaints = complaints(type);
  const facts = chance(0.4) ? unreliable() : undefined;
  if (facts) b.unreliable = facts;
  return b;
}

function generateJson() {
  return {
    period: "2019",
    settings: {
      methodology: "2020",
      overallWeights: [1, 1, 1],
      conclusion: {
        authority: "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі (синтетикалық үлгі)",
        place: "Астана қ.",
        date: "20.03.2020",
        ru: {
          authority: "Агентство Республики Казахстан по делам государственной службы (синтетический пример)",
          place: "г. Астана",
        },
      },
    },
    bodies: [
      ...CENTRAL.map(([id, name, options]) => body(id, name, "central", options)),
      ...LOCAL.map(([id, name]) => body(id, name, "local")),
    ],
  };
}

async function main() {
  if (process.argv.includes("--json") || !existsSync(JSON_FILE)) {
    writeFileSync(JSON_FILE, JSON.stringify(generateJson(), null, 1) + "\n");
    console.log(`wrote ${JSON_FILE}`);
  }
  const require = createRequire(import.meta.url);
  const build = join(root, "build", "src");
  if (!existsSync(join(build, "workbook", "input-template.js")))
    throw new Error("run `npm run build:cli` first");
  const { parseAssessment } = require(join(build, "model", "parse.js"));
  const { INPUT_TABLES } = require(join(build, "workbook", "input-template.js"));
  const { assessmentRows } = require(join(build, "model", "template-rows.js"));
  const { renderTemplateSheets } = require(join(build, "model", "template-sheets.js"));
  const { historyRows } = await import("./generate-previous.mjs");
  const { writeWorkbookFile } = require(join(build, "xlsx", "writeSheets.js"));
  const { buildCalculationSheet } = require(join(build, "forms", "calculation.js"));
  const { scoreAssessment } = require(join(build, "methodology", "assess.js"));
  const parsed = parseAssessment(JSON.parse(readFileSync(JSON_FILE, "utf8")));
  if (!parsed.assessment) throw new Error(JSON.stringify(parsed.problems, null, 1));
  const note = [
    "SYNTHETIC DATA · СИНТЕТИКАЛЫҚ ДЕРЕКТЕР · СИНТЕТИЧЕСКИЕ ДАННЫЕ",
    "Органдардың атаулары нақты, бірақ барлық сандар ойдан құрастырылған (үлгі үшін).",
    "Названия органов реальные, но все цифры вымышлены (для примера).",
    "Body names are real; every figure in this workbook is synthetic.",
  ];
  // As `opeval template --from` writes it: the input tables, then the live Calculation sheet.
  const sheets = [
    // The input tables, with opeval_History holding the previous year and this one (generate-previous.mjs).
    ...renderTemplateSheets(
      INPUT_TABLES,
      "kk",
      new Map([...assessmentRows("kk", parsed.assessment), ...historyRows(parsed.assessment, "kk")]),
      { note },
    ),
    buildCalculationSheet(parsed.assessment, {
      lang: "kk",
      result: scoreAssessment(parsed.assessment),
    }),
  ];
  await writeWorkbookFile(sheets, XLSX_FILE, { force: true });
  console.log(`wrote ${XLSX_FILE} (${parsed.assessment.bodies.length} bodies)`);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exitCode = 1;
});
