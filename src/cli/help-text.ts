/**
 * Every text of the `opeval` command line that is not a problem of the input: each command's
 * summary and usage, and the messages about the command line itself, in en, kk and ru. A new
 * command adds one entry to COMMAND_HELP (three languages) and spreads it into its Command.
 * Russian terms are the forms' own («операционная оценка», «государственный орган»,
 * «направление», «заключение», «приложение», «возражение»).
 */
import { fill, type Lang, type PhraseParams, type Term } from "../i18n/lang";
import { OBJECTIONS_TABLE } from "../objections/objection-terms";

/** What `opeval --help` lists (summary) and `opeval COMMAND --help` prints (usage). */
export interface CommandHelp {
  readonly summary: Term;
  readonly usage: Term;
}

export const COMMAND_HELP = {
  score: {
    summary: {
      en: "score a cohort (.json or .xlsx) and print the results",
      kk: "органдар тобын бағалап (.json немесе .xlsx), нәтижесін шығару",
      ru: "оценить группу государственных органов (.json или .xlsx) и вывести результаты",
    },
    usage: {
      en: `opeval score FILE [--format json|table] [--lang en|kk|ru] [--received R.json|R.xlsx…]

Scores every body of FILE (JSON per docs/FORMAT.md, or a workbook in the opeval template).
  --format json   the JSON contract (default): scores, explanations, warnings
  --format table  one row per body: three direction finals, general score, level; a workbook
                  whose opeval_History records an earlier period adds its change (Δ) columns
  --lang          language of messages, warnings and table captions (default: LC_ALL/LANG, else en)
  --received R…   conclusions sent by other authorities (opeval results: a .json document, or any
                  .xlsx holding opeval_Received): their directions are taken as received, not
                  recomputed; a body and direction given twice is refused. Give FILE first.
Exit codes: 0 scored; 2 invalid input (problems on stderr, nothing on stdout); 1 other failure.`,
      kk: `opeval score ФАЙЛ [--format json|table] [--lang en|kk|ru] [--received R.json|R.xlsx…]

ФАЙЛ-дағы (docs/FORMAT.md бойынша JSON немесе opeval үлгісіндегі жұмыс кітабы) әр органды бағалайды.
  --format json   JSON келісімі (әдепкі): баллдар, түсіндірмелер, ескертулер
  --format table  әр органға бір жол: үш бағыттың қорытынды баллы, жалпы балл, деңгей; opeval_History
                  кестесінде алдыңғы кезең жазылған жұмыс кітабына өзгеріс (Δ) бағандары қосылады
  --lang          хабарламалар, ескертулер мен кесте тақырыптарының тілі (әдепкі: LC_ALL/LANG, әйтпесе en)
  --received R…   басқа уәкілетті органдар жіберген қорытындылар (opeval results: .json құжаты немесе
                  opeval_Received кестесі бар кез келген .xlsx): олардың бағыттары алынған күйінде
                  қолданылады, қайта есептелмейді; екі рет берілген орган мен бағыт қабылданбайды. ФАЙЛ алдымен.
Шығу кодтары: 0 бағаланды; 2 қате деректер (ақаулар stderr-де, stdout бос); 1 басқа ақау.`,
      ru: `opeval score ФАЙЛ [--format json|table] [--lang en|kk|ru] [--received R.json|R.xlsx…]

Оценивает каждый государственный орган из ФАЙЛа (JSON по docs/FORMAT.md или рабочая книга по шаблону opeval).
  --format json   контракт JSON (по умолчанию): баллы, пояснения, предупреждения
  --format table  строка на каждый орган: итоговые баллы трех направлений, общая оценка, уровень;
                  для книги, в таблице opeval_History которой есть прежний период, — столбцы изменения (Δ)
  --lang          язык сообщений, предупреждений и заголовков таблицы (по умолчанию: LC_ALL/LANG, иначе en)
  --received R…   заключения других уполномоченных органов (opeval results: документ .json или любой
                  .xlsx с таблицей opeval_Received): их направления берутся как полученные, без
                  пересчета; орган и направление, данные дважды, отклоняются. ФАЙЛ указывается первым.
Коды выхода: 0 оценено; 2 неверные данные (ошибки в stderr, stdout пуст); 1 иной сбой.`,
    },
  },
  validate: {
    summary: {
      en: "list every problem of an input file (errors and warnings)",
      kk: "кіріс файлының барлық ақауын тізу (қателер мен ескертулер)",
      ru: "перечислить все ошибки и предупреждения входного файла",
    },
    usage: {
      en: `opeval validate FILE [--lang en|kk|ru]

Lists every problem of FILE on stderr, one per line, naming the body, the field and the reason
(sheet and cell for workbooks). Exit 2 if there is any error, 0 with warnings only.
  --lang  language of the messages (default: LC_ALL/LANG, else en)`,
      kk: `opeval validate ФАЙЛ [--lang en|kk|ru]

ФАЙЛ-дың барлық ақауын stderr-ге жол-жолымен шығарады: орган, өріс және себеп (жұмыс кітабы
үшін — парақ пен ұяшық). Қате болса шығу коды 2, тек ескерту болса 0.
  --lang  хабарламалар тілі (әдепкі: LC_ALL/LANG, әйтпесе en)`,
      ru: `opeval validate ФАЙЛ [--lang en|kk|ru]

Выводит в stderr все ошибки и предупреждения ФАЙЛа, по одной на строку: орган, поле и причина
(для рабочей книги — лист и ячейка). Код выхода 2 при любой ошибке, 0 — если есть только предупреждения.
  --lang  язык сообщений (по умолчанию: LC_ALL/LANG, иначе en)`,
    },
  },
  conclude: {
    summary: {
      en: "write the annex forms (conclusions, acts, objections, reference annexes) as sheets",
      kk: "қосымшалардың нысандарын (қорытындылар, актілер, қарсылықтар, анықтамалық қосымшалар) парақ етіп жазу",
      ru: "записать формы приложений (заключения, акты, возражения, справочные приложения) на листы",
    },
    usage: {
      en: `opeval conclude FILE [--bodies id,…] [--lang kk|ru|both] [--forms 1,3,…|all] (--out FILE.xlsx | --split DIR) [--force] [--received R.json|R.xlsx…]

Writes the annex forms of the 2020 methodology for every body of FILE, in the official order:
annex 1 (reconciliation act, per direction with unreliable facts), 3/4, 5, 8, 9, 12, 14 (per
direction), 15, then the reference annexes 2, 6, 7, 10, 11, 13.
  --bodies  body ids (default: all)
  --lang    kk, ru or both (default both)
  --forms   annex numbers, comma-separated, or all (default all)
  --out     the new .xlsx workbook to write: the forms only (an .xlsx or .xlsm FILE is only read,
            never copied or changed; add the sheets to it in Excel, or use the add-in)
  --force   replace --out if it exists (FILE itself is never replaced)
  --split DIR  instead of --out: one workbook per body and language in DIR, named by the body's
            short name and the language (e.g. "Әділет-kk.xlsx"); progress on stderr
Sheets are named body short name + annex (+ direction) + language, e.g. "Әділет-3-kk".
  --received R…   conclusions sent by other authorities (opeval results: a .json document, or any
                  .xlsx holding opeval_Received): their directions are taken as received, not
                  recomputed; a body and direction given twice is refused. Give FILE first.
Exit codes: 0 written; 2 invalid input (problems on stderr); 1 other failure.`,
      kk: `opeval conclude ФАЙЛ [--bodies id,…] [--lang kk|ru|both] [--forms 1,3,…|all] (--out ФАЙЛ.xlsx | --split ҚАЛТА) [--force] [--received R.json|R.xlsx…]

ФАЙЛ-дағы әр орган үшін 2020 жылғы Әдістеменің қосымшаларының нысандарын ресми ретпен жазады:
1-қосымша (салыстыру актісі, анық емес деректері бар әр бағыт бойынша), 3/4, 5, 8, 9, 12, 14 (әр
бағыт бойынша), 15, содан соң анықтамалық қосымшалар 2, 6, 7, 10, 11, 13.
  --bodies  органдардың id-лері (әдепкі: барлығы)
  --lang    kk, ru немесе both (әдепкі both)
  --forms   қосымшалардың нөмірлері үтір арқылы, немесе all (әдепкі all)
  --out     жазылатын жаңа .xlsx жұмыс кітабы: тек нысандар (.xlsx немесе .xlsm ФАЙЛ тек оқылады,
            көшірілмейді де өзгертілмейді; парақтарды оған Excel-де қосыңыз немесе қондырманы пайдаланыңыз)
  --force   --out бар болса, оны ауыстыру (ФАЙЛ-дың өзі ешқашан ауыстырылмайды)
  --split ҚАЛТА  --out орнына: ҚАЛТА-да әр орган мен тілге бір жұмыс кітабы, органның қысқа атауы
            мен тіл бойынша аталады (мысалы, "Әділет-kk.xlsx"); барысы stderr-де
Парақтар органның қысқа атауы + қосымша (+ бағыт) + тіл бойынша аталады, мысалы "Әділет-3-kk".
  --received R…   басқа уәкілетті органдар жіберген қорытындылар (opeval results: .json құжаты немесе
                  opeval_Received кестесі бар кез келген .xlsx): олардың бағыттары алынған күйінде
                  қолданылады, қайта есептелмейді; екі рет берілген орган мен бағыт қабылданбайды. ФАЙЛ алдымен.
Шығу кодтары: 0 жазылды; 2 қате деректер (ақаулар stderr-де); 1 басқа ақау.`,
      ru: `opeval conclude ФАЙЛ [--bodies id,…] [--lang kk|ru|both] [--forms 1,3,…|all] (--out ФАЙЛ.xlsx | --split ПАПКА) [--force] [--received R.json|R.xlsx…]

Записывает формы приложений Методики 2020 года для каждого государственного органа из ФАЙЛа в
официальном порядке: приложение 1 (акт сверки, по каждому направлению с недостоверными сведениями),
3/4, 5, 8, 9, 12, 14 (по каждому направлению), 15, затем справочные приложения 2, 6, 7, 10, 11, 13.
  --bodies  идентификаторы органов (по умолчанию: все)
  --lang    kk, ru или both (по умолчанию both)
  --forms   номера приложений через запятую или all (по умолчанию all)
  --out     новая рабочая книга .xlsx: только формы (ФАЙЛ .xlsx или .xlsm только читается, не
            копируется и не изменяется; добавьте листы в него в Excel или через надстройку)
  --force   заменить --out, если он существует (сам ФАЙЛ не заменяется никогда)
  --split ПАПКА  вместо --out: по одной рабочей книге на орган и язык в ПАПКЕ, с именем по краткому
            наименованию органа и языку (например, "Минюст-ru.xlsx"); ход работы — в stderr
Листы называются: краткое наименование органа + приложение (+ направление) + язык, например "Минюст-3-ru".
  --received R…   заключения других уполномоченных органов (opeval results: документ .json или любой
                  .xlsx с таблицей opeval_Received): их направления берутся как полученные, без
                  пересчета; орган и направление, данные дважды, отклоняются. ФАЙЛ указывается первым.
Коды выхода: 0 записано; 2 неверные данные (ошибки в stderr); 1 иной сбой.`,
    },
  },
  template: {
    summary: {
      en: "write the input workbook template (empty, or filled from an assessment)",
      kk: "кіріс жұмыс кітабының үлгісін жазу (бос немесе бағалаудан толтырылған)",
      ru: "записать шаблон входной рабочей книги (пустой или заполненный из оценки)",
    },
    usage: {
      en: `opeval template [--lang kk|ru|en] [--direction services|automation|openness|complaints] [--from FILE] --out FILE.xlsx [--force]

Writes the input template: an instructions sheet, then one sheet per kind of data, each holding
one Excel table (opeval_Bodies, opeval_Services, opeval_Ratings, opeval_Automation,
opeval_OpennessBody, opeval_Openness, opeval_Complaints, opeval_Reconciliation, opeval_Settings).
  --lang   language of headers, lists and instructions (default kk); any language reads back
  --direction  only the sheets one authority fills (§5, §24): services (the Agency), automation
           (K3, annex 5), openness or complaints; its tables, Bodies, Settings (the period; the
           Agency's block) and Authorities (its block; bodies others assess). Default: every sheet
  --from   fill it from an assessment (.json per docs/FORMAT.md, or a template .xlsx); with
           --direction, that direction's data only (no Calculation sheet)
  --out    the workbook to write
  --force  replace --out if it exists
Exit codes: 0 written; 2 invalid --from input (problems on stderr); 1 other failure.`,
      kk: `opeval template [--lang kk|ru|en] [--direction services|automation|openness|complaints] [--from ФАЙЛ] --out ФАЙЛ.xlsx [--force]

Кіріс үлгісін жазады: нұсқаулық парағы, содан соң деректердің әр түріне бір парақ, әрқайсысында
бір Excel кестесі (opeval_Bodies, opeval_Services, opeval_Ratings, opeval_Automation,
opeval_OpennessBody, opeval_Openness, opeval_Complaints, opeval_Reconciliation, opeval_Settings).
  --lang   тақырыптардың, тізімдер мен нұсқаулықтың тілі (әдепкі kk); кез келген тіл кері оқылады
  --direction  бір уәкілетті орган толтыратын парақтар ғана (5, 24-тармақтар): services (Агенттік),
           automation (K3, 5-қосымша), openness немесе complaints; оның кестелері, Органдар,
           Баптаулар (кезең; Агенттіктің деректері) және «Уәкілетті органдар» (оның деректері;
           басқа орган бағалайтын органдар). Әдепкі: барлық парақтар
  --from   бағалаудан толтыру (docs/FORMAT.md бойынша .json немесе үлгідегі .xlsx); --direction
           берілсе, тек сол бағыттың деректері («Есептеу» парағынсыз)
  --out    жазылатын жұмыс кітабы
  --force  --out бар болса, оны ауыстыру
Шығу кодтары: 0 жазылды; 2 --from деректері қате (ақаулар stderr-де); 1 басқа ақау.`,
      ru: `opeval template [--lang kk|ru|en] [--direction services|automation|openness|complaints] [--from ФАЙЛ] --out ФАЙЛ.xlsx [--force]

Записывает входной шаблон: лист инструкции, затем по листу на каждый вид данных, на каждом —
одна таблица Excel (opeval_Bodies, opeval_Services, opeval_Ratings, opeval_Automation,
opeval_OpennessBody, opeval_Openness, opeval_Complaints, opeval_Reconciliation, opeval_Settings).
  --lang   язык заголовков, списков и инструкции (по умолчанию kk); читается обратно на любом языке
  --direction  только листы, которые заполняет один уполномоченный орган (пункты 5, 24): services
           (Агентство), automation (K3, приложение 5), openness или complaints; его таблицы,
           Органы, Настройки (период; данные Агентства) и «Уполномоченные органы» (его данные;
           органы, которые оценивает другой орган). По умолчанию: все листы
  --from   заполнить из оценки (.json по docs/FORMAT.md или .xlsx по шаблону); с --direction
           только данные этого направления (без листа «Расчёт»)
  --out    записываемая рабочая книга
  --force  заменить --out, если он существует
Коды выхода: 0 записано; 2 неверные данные --from (ошибки в stderr); 1 иной сбой.`,
    },
  },
  export: {
    summary: {
      en: "write the JSON assessment (docs/FORMAT.md) of a template workbook",
      kk: "үлгідегі жұмыс кітабының бағалауын JSON етіп жазу (docs/FORMAT.md)",
      ru: "записать оценку из рабочей книги по шаблону в JSON (docs/FORMAT.md)",
    },
    usage: {
      en: `opeval export FILE.xlsx --out assessment.json [--force] [--lang en|kk|ru]

Reads the input template FILE.xlsx and writes its assessment as JSON (the format opeval score
reads). Nothing is written when the workbook has an error: problems go to stderr, naming sheet,
cell, column and reason in --lang.
  --force  replace --out if it exists (FILE is never modified)
  --lang   language of the messages (default: LC_ALL/LANG, else en)
Exit codes: 0 written; 2 invalid workbook; 1 other failure.`,
      kk: `opeval export ФАЙЛ.xlsx --out assessment.json [--force] [--lang en|kk|ru]

ФАЙЛ.xlsx кіріс үлгісін оқып, оның бағалауын JSON етіп жазады (opeval score оқитын пішім).
Жұмыс кітабында қате болса, ештеңе жазылмайды: ақаулар stderr-ге --lang тілінде парақ, ұяшық,
баған және себеп көрсетіліп шығады.
  --force  --out бар болса, оны ауыстыру (ФАЙЛ ешқашан өзгертілмейді)
  --lang   хабарламалар тілі (әдепкі: LC_ALL/LANG, әйтпесе en)
Шығу кодтары: 0 жазылды; 2 жұмыс кітабы қате; 1 басқа ақау.`,
      ru: `opeval export ФАЙЛ.xlsx --out assessment.json [--force] [--lang en|kk|ru]

Читает входной шаблон ФАЙЛ.xlsx и записывает его оценку в JSON (формат, который читает opeval score).
Если в рабочей книге есть ошибка, ничего не записывается: ошибки выводятся в stderr на языке --lang
с указанием листа, ячейки, столбца и причины.
  --force  заменить --out, если он существует (ФАЙЛ не изменяется никогда)
  --lang   язык сообщений (по умолчанию: LC_ALL/LANG, иначе en)
Коды выхода: 0 записано; 2 ошибка в рабочей книге; 1 иной сбой.`,
    },
  },
  objections: {
    summary: {
      en: "objections procedure: deadlines, annex 14, corrected conclusions, log",
      kk: "қарсылықтар рәсімі: мерзімдер, 14-қосымша, түзетілген қорытындылар, журнал",
      ru: "процедура возражений: сроки, приложение 14, исправленные заключения, журнал",
    },
    usage: {
      en: `opeval objections FILE [--objections objections.json] [--lang kk|ru|both] [--out FILE.xlsx] [--force]

Reads the objections to the conclusions — from the ${OBJECTIONS_TABLE} table of an .xlsx FILE, or
from --objections (JSON: {"objections": [...], "holidays": [...]}, see samples/objections-sample.json)
— and prints each with its deadline: 5 working days after the day the conclusion was received
(§102; that day not counted; Kazakhstan's holidays, weekend shifts and transfers 2019–2026 built
in, rows of opeval_Holidays win). Objections received after the deadline are not accepted (§104).
Accepted objections' corrections are applied to a copy of the input and re-scored.
  --out     write: annex 14 per body and direction (decisions, total after appeal), the original
            and the corrected conclusions (sheet names marked as corrected) of every body whose
            scores changed, a before/after comparison and the opeval_Log sheet, as a new .xlsx
            workbook (an .xlsx or .xlsm FILE is only read, never copied or changed)
  --lang    kk, ru or both (default both); messages: the first, or LC_ALL/LANG without --lang
  --force   replace --out if it exists (FILE itself is never replaced)
Exit codes: 0 done; 2 invalid input (problems on stderr); 1 other failure.`,
      kk: `opeval objections ФАЙЛ [--objections objections.json] [--lang kk|ru|both] [--out ФАЙЛ.xlsx] [--force]

Қорытындыларға қарсылықтарды — .xlsx ФАЙЛ-дың ${OBJECTIONS_TABLE} кестесінен немесе --objections
файлынан (JSON: {"objections": [...], "holidays": [...]}, samples/objections-sample.json қараңыз) —
оқып, әрқайсысын мерзімімен шығарады: қорытынды алынған күннен кейін 5 жұмыс күні (102-т.; сол
күн есептелмейді; Қазақстанның 2019–2026 жылдардағы мерекелері, демалыс күндерін ауыстыру енгізілген,
opeval_Holidays жолдары басым). Мерзімнен кейін келген қарсылықтар қабылданбайды (104-т.).
Қабылданған қарсылықтардың түзетулері кіріс деректердің көшірмесіне енгізіліп, қайта бағаланады.
  --out     жаңа .xlsx жұмыс кітабына жазу: әр орган мен бағыт бойынша 14-қосымша (шешімдер, шағымнан
            кейінгі жиынтық), баллы өзгерген әр органның бастапқы және түзетілген қорытындылары
            (парақ атауында түзетілгені белгіленеді), бұрын/кейін салыстыру және opeval_Log парағы
            (.xlsx немесе .xlsm ФАЙЛ тек оқылады, көшірілмейді де өзгертілмейді)
  --lang    kk, ru немесе both (әдепкі both); хабарламалар: біріншісінің тілі, --lang жоқта LC_ALL/LANG
  --force   --out бар болса, оны ауыстыру (ФАЙЛ-дың өзі ешқашан ауыстырылмайды)
Шығу кодтары: 0 орындалды; 2 қате деректер (ақаулар stderr-де); 1 басқа ақау.`,
      ru: `opeval objections ФАЙЛ [--objections objections.json] [--lang kk|ru|both] [--out ФАЙЛ.xlsx] [--force]

Читает возражения на заключения — из таблицы ${OBJECTIONS_TABLE} ФАЙЛа .xlsx или из --objections
(JSON: {"objections": [...], "holidays": [...]}, см. samples/objections-sample.json) — и выводит
каждое со сроком: 5 рабочих дней после дня получения заключения (п. 102; этот день не считается;
праздники Казахстана, переносы выходных 2019–2026 годов встроены, строки opeval_Holidays имеют
приоритет). Возражения, поступившие после срока, не принимаются (п. 104).
Исправления по принятым возражениям вносятся в копию входных данных, которая оценивается заново.
  --out     записать в новую рабочую книгу .xlsx: приложение 14 по каждому органу и направлению
            (решения, итог после обжалования), исходные и исправленные заключения (в имени листа
            отмечено исправление) каждого органа, чьи баллы изменились, сравнение «до/после» и лист
            opeval_Log (ФАЙЛ .xlsx или .xlsm только читается, не копируется и не изменяется)
  --lang    kk, ru или both (по умолчанию both); сообщения — на первом из них, без --lang — по LC_ALL/LANG
  --force   заменить --out, если он существует (сам ФАЙЛ не заменяется никогда)
Коды выхода: 0 выполнено; 2 неверные данные (ошибки в stderr); 1 иной сбой.`,
    },
  },
  history: {
    summary: {
      en: "score assessments of several years and write a history workbook (opeval_History)",
      kk: "бірнеше жылдың бағалауын есептеп, тарих жұмыс кітабын жазу (opeval_History)",
      ru: "оценить данные нескольких лет и записать рабочую книгу истории (opeval_History)",
    },
    usage: {
      en: `opeval history FILE… --out HISTORY.xlsx [--replace-period] [--force] [--lang kk|ru|en] [--received R.json|R.xlsx…]

Scores each FILE (an assessment, .json or .xlsx, whose period is a year such as "2019") and writes
HISTORY.xlsx with the table opeval_History (one row per period, body and value: every indicator,
each direction's total, penalty and final, the general score and the level, with its explanation,
the methodology edition and the date recorded) and opeval_BodyMap (renamed bodies).
A FILE may also be a history workbook: its periods and body map are carried over.
  --replace-period  allow two inputs of one period: the later one wins (without it: refused)
  --force           replace HISTORY.xlsx if it exists (no input is ever modified)
  --lang            language of the headers (default kk) and of the messages (default: LC_ALL/LANG, else en)
  --received R…   conclusions sent by other authorities (opeval results: a .json document, or any
                  .xlsx holding opeval_Received): their directions are taken as received, not
                  recomputed; a body and direction given twice is refused. Give FILE first.
                  They complete the last FILE (the period being closed).
Exit codes: 0 written; 2 invalid input (problems on stderr, nothing written); 1 other failure.`,
      kk: `opeval history ФАЙЛ… --out HISTORY.xlsx [--replace-period] [--force] [--lang kk|ru|en] [--received R.json|R.xlsx…]

Әр ФАЙЛ-ды (кезеңі жыл, мысалы "2019", болатын .json немесе .xlsx бағалау) бағалап, HISTORY.xlsx
жазады: opeval_History кестесі (кезең, орган және мән бойынша бір жол: әр көрсеткіш, әр бағыттың
жиынтығы, айыппұл балдары мен қорытындысы, жалпы балл мен деңгей — түсіндірмесімен, Әдістеме
редакциясымен және жазылған күнімен) және opeval_BodyMap (атауы өзгерген органдар).
ФАЙЛ тарих жұмыс кітабы да бола алады: оның кезеңдері мен органдар картасы көшіріледі.
  --replace-period  бір кезеңнің екі кіріс файлына рұқсат: соңғысы басым (онсыз — бас тартылады)
  --force           HISTORY.xlsx бар болса, оны ауыстыру (кіріс файлдар ешқашан өзгертілмейді)
  --lang            тақырыптар (әдепкі kk) мен хабарламалар тілі (әдепкі: LC_ALL/LANG, әйтпесе en)
  --received R…   басқа уәкілетті органдар жіберген қорытындылар (opeval results: .json құжаты немесе
                  opeval_Received кестесі бар кез келген .xlsx): олардың бағыттары алынған күйінде
                  қолданылады, қайта есептелмейді; екі рет берілген орган мен бағыт қабылданбайды. ФАЙЛ алдымен.
                  Олар соңғы ФАЙЛ-ды (жабылатын кезеңді) толықтырады.
Шығу кодтары: 0 жазылды; 2 қате деректер (ақаулар stderr-де, ештеңе жазылмады); 1 басқа ақау.`,
      ru: `opeval history ФАЙЛ… --out HISTORY.xlsx [--replace-period] [--force] [--lang kk|ru|en] [--received R.json|R.xlsx…]

Оценивает каждый ФАЙЛ (оценка .json или .xlsx, период которой — год, например "2019") и записывает
HISTORY.xlsx с таблицей opeval_History (строка на период, орган и значение: каждый показатель, сумма,
штрафные баллы и итог каждого направления, общая оценка и уровень — с пояснением, редакцией Методики
и датой записи) и таблицей opeval_BodyMap (переименованные органы).
ФАЙЛ может быть и рабочей книгой истории: ее периоды и карта органов переносятся.
  --replace-period  допустить два входных файла одного периода: побеждает последний (без флага — отказ)
  --force           заменить HISTORY.xlsx, если он существует (входные файлы не изменяются никогда)
  --lang            язык заголовков (по умолчанию kk) и сообщений (по умолчанию: LC_ALL/LANG, иначе en)
  --received R…   заключения других уполномоченных органов (opeval results: документ .json или любой
                  .xlsx с таблицей opeval_Received): их направления берутся как полученные, без
                  пересчета; орган и направление, данные дважды, отклоняются. ФАЙЛ указывается первым.
                  Они дополняют последний ФАЙЛ (закрываемый период).
Коды выхода: 0 записано; 2 неверные данные (ошибки в stderr, ничего не записано); 1 иной сбой.`,
    },
  },
  // issue 24: the sending side of received conclusions
  results: {
    summary: {
      en: "write one direction's results for the Agency (.json or an opeval_Received workbook)",
      kk: "бір бағыттың нәтижелерін Агенттікке жазу (.json немесе opeval_Received жұмыс кітабы)",
      ru: "записать результаты одного направления для Агентства (.json или книга opeval_Received)",
    },
    usage: {
      en: `opeval results FILE --direction openness|complaints|automation --out RESULTS.json|RESULTS.xlsx [--force] [--lang kk|ru|en]

Writes what an authority sends the Agency: every body of FILE whose direction is computed here
(total, penalty, final; K3 for automation), with the conclusion's date and sender (the date and
authority of the direction's signing block: the body's, else the direction's, else the Agency's).
RESULTS.json is a results document (docs/FORMAT.md); RESULTS.xlsx a workbook holding the
opeval_Received table only. The Agency reads either: opeval score FILE --received RESULTS.json.
  --force  replace RESULTS if it exists (FILE is never modified)
  --lang   language of the workbook and of the messages (default kk)
Exit codes: 0 written; 2 invalid input, no computed result for the direction, or no date or
sender in its signing block (nothing written); 1 other failure.`,
      kk: `opeval results ФАЙЛ --direction openness|complaints|automation --out RESULTS.json|RESULTS.xlsx [--force] [--lang kk|ru|en]

Уәкілетті орган Агенттікке жіберетінді жазады: ФАЙЛ-дағы бағыты осында есептелген әр орган (жалпы
балл, айыппұл балы, қорытынды балл; автоматтандыру үшін K3), қорытындының күні мен жіберушісімен
(бағыттың қол қою деректеріндегі күн мен уәкілетті орган: органның, болмаса бағыттың, болмаса Агенттіктің).
RESULTS.json – нәтижелер құжаты (docs/FORMAT.md); RESULTS.xlsx – тек opeval_Received кестесі бар
жұмыс кітабы. Агенттік екеуін де оқиды: opeval score ФАЙЛ --received RESULTS.json.
  --force  RESULTS бар болса, оны ауыстыру (ФАЙЛ ешқашан өзгертілмейді)
  --lang   жұмыс кітабы мен хабарламалар тілі (әдепкі kk)
Шығу кодтары: 0 жазылды; 2 қате деректер, бағыт бойынша есептелген нәтиже жоқ немесе қол қою
деректерінде күн не жіберуші жоқ (ештеңе жазылмады); 1 басқа ақау.`,
      ru: `opeval results ФАЙЛ --direction openness|complaints|automation --out RESULTS.json|RESULTS.xlsx [--force] [--lang kk|ru|en]

Записывает то, что уполномоченный орган направляет в Агентство: каждый орган ФАЙЛа, направление
которого рассчитано здесь (общий балл, штрафные баллы, итог; K3 для автоматизации), с датой и
отправителем заключения (дата и уполномоченный орган из данных подписания направления: органа,
иначе направления, иначе Агентства). RESULTS.json — документ результатов (docs/FORMAT.md);
RESULTS.xlsx — рабочая книга только с таблицей opeval_Received. Агентство читает оба:
opeval score ФАЙЛ --received RESULTS.json.
  --force  заменить RESULTS, если он существует (ФАЙЛ не изменяется никогда)
  --lang   язык книги и сообщений (по умолчанию kk)
Коды выхода: 0 записано; 2 неверные данные, нет рассчитанных результатов по направлению или нет
даты либо отправителя в данных подписания (ничего не записано); 1 иной сбой.`,
    },
  },
  compare: {
    summary: {
      en: "compare two periods: change per direction and general score, level, moved indicators",
      kk: "екі кезеңді салыстыру: бағыттар мен жалпы балдың өзгерісі, деңгей, өзгерген көрсеткіштер",
      ru: "сравнить два периода: изменение по направлениям и общей оценке, уровень, изменившиеся показатели",
    },
    usage: {
      en: `opeval compare PREV CURR [--format table|json] [--lang en|kk|ru]
opeval compare HISTORY.xlsx --periods 2019,2020 [--format table|json] [--lang en|kk|ru]

Compares two assessments (.json or .xlsx, periods given as years), or two periods recorded in a
history workbook (opeval history). Bodies are matched by code, through opeval_BodyMap for renamed
ones; a body found in one period only is listed as such. A change of methodology edition is stated.
  --format table  one row per body, then the indicators that moved most with both explanations (default)
  --format json   the same as JSON
  --lang          language of captions, explanations and messages (default: LC_ALL/LANG, else en)
Figures are truncated to two decimals; a change is the difference of the figures shown (I-18).
Exit codes: 0 compared; 2 invalid input (problems on stderr, nothing on stdout); 1 other failure.`,
      kk: `opeval compare АЛДЫҢҒЫ АҒЫМДАҒЫ [--format table|json] [--lang en|kk|ru]
opeval compare HISTORY.xlsx --periods 2019,2020 [--format table|json] [--lang en|kk|ru]

Екі бағалауды (.json немесе .xlsx, кезеңдері жыл) немесе тарих жұмыс кітабында (opeval history)
жазылған екі кезеңді салыстырады. Органдар коды бойынша, атауы өзгергендері opeval_BodyMap арқылы
сәйкестендіріледі; тек бір кезеңде бар орган солай көрсетіледі. Әдістеме редакциясының өзгерісі айтылады.
  --format table  әр органға бір жол, содан соң ең көп өзгерген көрсеткіштер екі түсіндірмесімен (әдепкі)
  --format json   дәл солай, JSON түрінде
  --lang          тақырыптар, түсіндірмелер мен хабарламалар тілі (әдепкі: LC_ALL/LANG, әйтпесе en)
Сандар екі ондық белгіге дейін қысқартылады; өзгеріс — көрсетілген сандардың айырмасы (I-18).
Шығу кодтары: 0 салыстырылды; 2 қате деректер (ақаулар stderr-де, stdout бос); 1 басқа ақау.`,
      ru: `opeval compare ПРЕЖНИЙ ТЕКУЩИЙ [--format table|json] [--lang en|kk|ru]
opeval compare HISTORY.xlsx --periods 2019,2020 [--format table|json] [--lang en|kk|ru]

Сравнивает две оценки (.json или .xlsx, периоды — годы) или два периода из рабочей книги истории
(opeval history). Органы сопоставляются по коду, переименованные — через opeval_BodyMap; орган,
который есть только в одном периоде, так и указывается. Смена редакции Методики отмечается.
  --format table  строка на каждый орган, затем показатели, изменившиеся больше всего, с обоими пояснениями (по умолчанию)
  --format json   то же в JSON
  --lang          язык заголовков, пояснений и сообщений (по умолчанию: LC_ALL/LANG, иначе en)
Значения усекаются до двух знаков после запятой; изменение — разность показанных значений (I-18).
Коды выхода: 0 сравнено; 2 неверные данные (ошибки в stderr, stdout пуст); 1 иной сбой.`,
    },
  },
  share: {
    summary: {
      en: "write a copy of a workbook for recipients without the add-in (OPEVAL cells as values)",
      kk: "қондырмасы жоқ алушыларға жұмыс кітабының көшірмесін жазу (OPEVAL ұяшықтары мән ретінде)",
      ru: "записать копию рабочей книги для получателей без надстройки (ячейки OPEVAL — значениями)",
    },
    usage: {
      en: `opeval share FILE.xlsx --out COPY.xlsx [--force] [--lang kk|ru|en]

Writes COPY.xlsx: FILE with every cell whose formula calls OPEVAL.* replaced by the value it shows
(its last calculated value), so a recipient without the add-in sees the numbers, never #NAME?.
Every other part and formula is copied unchanged; the calculation chain is dropped. A table's
calculated column, a conditional format or a data validation calling OPEVAL.* is removed and
reported; a defined name calling it is kept and reported.
  --force  replace COPY.xlsx if it exists (FILE is never modified)
  --lang   language of the messages (default: LC_ALL/LANG, else en)
Exit codes: 0 written; 2 an OPEVAL cell without a calculated value, or a damaged file (each named
on stderr, nothing written); 1 other failure.`,
      kk: `opeval share ФАЙЛ.xlsx --out КӨШІРМЕ.xlsx [--force] [--lang kk|ru|en]

КӨШІРМЕ.xlsx жазады: формуласы OPEVAL.* шақыратын әр ұяшық өзі көрсететін мәнмен (соңғы
есептелген мәнімен) ауыстырылған ФАЙЛ, сондықтан қондырмасы жоқ алушы #NAME? емес, сандарды көреді.
Қалған бөліктер мен формулалар өзгеріссіз көшіріледі; есептеу тізбегі алынып тасталады. OPEVAL.*
шақыратын кестенің есептелетін бағаны, шартты пішімдеу немесе деректерді тексеру алынып тасталады
және хабарланады; оны шақыратын атау сақталады және хабарланады.
  --force  КӨШІРМЕ.xlsx бар болса, оны ауыстыру (ФАЙЛ ешқашан өзгертілмейді)
  --lang   хабарламалар тілі (әдепкі: LC_ALL/LANG, әйтпесе en)
Шығу кодтары: 0 жазылды; 2 есептелген мәні жоқ OPEVAL ұяшығы немесе бүлінген файл (әрқайсысы
stderr-де аталады, ештеңе жазылмайды); 1 басқа ақау.`,
      ru: `opeval share ФАЙЛ.xlsx --out КОПИЯ.xlsx [--force] [--lang kk|ru|en]

Записывает КОПИЯ.xlsx: ФАЙЛ, в котором каждая ячейка с формулой, вызывающей OPEVAL.*, заменена
показанным ею значением (последним вычисленным), так что получатель без надстройки видит числа,
а не #NAME?. Остальные части и формулы копируются без изменений; цепочка вычислений удаляется.
Вычисляемый столбец таблицы, условное форматирование или проверка данных, вызывающие OPEVAL.*,
удаляются с сообщением; имя, вызывающее OPEVAL.*, сохраняется с сообщением.
  --force  заменить КОПИЯ.xlsx, если она существует (ФАЙЛ никогда не изменяется)
  --lang   язык сообщений (по умолчанию: LC_ALL/LANG, иначе en)
Коды выхода: 0 записано; 2 ячейка OPEVAL без вычисленного значения или повреждённый файл (каждая
названа в stderr, ничего не записано); 1 иной сбой.`,
    },
  },
} satisfies Record<string, CommandHelp>;

/** The messages about the command line itself (not about the input's content). */
export const CLI_TERMS = {
  title: {
    en: "opeval — operational assessment of state bodies (methodology edition 2020)",
    kk: "opeval — мемлекеттік органдарды операциялық бағалау (Әдістеменің 2020 жылғы редакциясы)",
    ru: "opeval — операционная оценка государственных органов (редакция Методики 2020 года)",
  },
  usageLine: {
    en: "Usage: opeval COMMAND [options]   (opeval COMMAND --help for details)",
    kk: "Қолданылуы: opeval КОМАНДА [опциялар]   (толығырақ: opeval КОМАНДА --help)",
    ru: "Использование: opeval КОМАНДА [параметры]   (подробнее: opeval КОМАНДА --help)",
  },
  version: {
    en: "print the version",
    kk: "нұсқасын шығару",
    ru: "вывести номер версии",
  },
  languageNote: {
    en: "Language of help and messages: --lang, else LC_ALL/LANG (kk…, ru…), else en.",
    kk: "Анықтама мен хабарламалар тілі: --lang, болмаса LC_ALL/LANG (kk…, ru…), болмаса en.",
    ru: "Язык справки и сообщений: --lang, иначе LC_ALL/LANG (kk…, ru…), иначе en.",
  },
  usage: { en: "Usage:", kk: "Қолданылуы:", ru: "Использование:" },
  unknownCommand: {
    en: 'unknown command "{name}"',
    kk: '"{name}" деген команда жоқ',
    ru: 'неизвестная команда "{name}"',
  },
  unknownOption: {
    en: "unknown option --{name}",
    kk: "--{name} деген опция жоқ",
    ru: "неизвестный параметр --{name}",
  },
  didYouMean: {
    en: "did you mean {suggestion}?",
    kk: "{suggestion} болуы мүмкін бе?",
    ru: "возможно, имелось в виду {suggestion}?",
  },
  needsValue: {
    en: "option --{name} needs a value",
    kk: "--{name} опциясына мән керек",
    ru: "параметру --{name} нужно значение",
  },
  mustBeOneOf: {
    en: "--{name} must be one of: {allowed}",
    kk: "--{name} мына мәндердің бірі болуы керек: {allowed}",
    ru: "--{name} должен быть одним из: {allowed}",
  },
  seeHelp: {
    en: "(opeval {command} --help lists the options)",
    kk: "(опциялар тізімі: opeval {command} --help)",
    ru: "(список параметров: opeval {command} --help)",
  },
  listCommands: {
    en: "(opeval --help lists the commands)",
    kk: "(командалар тізімі: opeval --help)",
    ru: "(список команд: opeval --help)",
  },
  oneFile: {
    en: "expected exactly one FILE",
    kk: "дәл бір ФАЙЛ керек",
    ru: "нужен ровно один ФАЙЛ",
  },
  atLeastOneFile: {
    en: "expected at least one FILE",
    kk: "кемінде бір ФАЙЛ керек",
    ru: "нужен хотя бы один ФАЙЛ",
  },
  unknownBodies: {
    en: "--bodies: no body with id {ids} in {file} ({count} bodies: {known})",
    kk: "--bodies: {file} файлында id-і {ids} болатын орган жоқ ({count} орган: {known})",
    ru: "--bodies: в {file} нет органа с идентификатором {ids} (органов: {count}; {known})",
  },
  // Output paths, file arguments and failures (issue 23 item 11): every message a command writes
  // to stderr about the command line or a file, in the analyst's language.
  outputExists: {
    en: "{path} already exists; use --force to replace it",
    kk: "{path} бұрыннан бар; ауыстыру үшін --force қосыңыз",
    ru: "{path} уже существует; чтобы заменить, укажите --force",
  },
  outputsExist: {
    en: "{path} and {more} other file(s) already exist; use --force to replace them",
    kk: "{path} және тағы {more} файл бұрыннан бар; ауыстыру үшін --force қосыңыз",
    ru: "{path} и ещё файлов: {more} уже существуют; чтобы заменить, укажите --force",
  },
  outIsInput: {
    en: "--out {out} is the input file {input} (the input is never modified)",
    kk: "--out {out} — кіріс файлы {input} (кіріс файлы ешқашан өзгертілмейді)",
    ru: "--out {out} — это входной файл {input} (входной файл никогда не изменяется)",
  },
  splitIsInput: {
    en: "--split would write {out}, which is the input file {input} (the input is never modified; choose another folder)",
    kk: "--split {out} файлын жазар еді, ол — кіріс файлы {input} (кіріс файлы ешқашан өзгертілмейді; басқа қалтаны таңдаңыз)",
    ru: "--split записал бы {out}, а это входной файл {input} (входной файл никогда не изменяется; выберите другую папку)",
  },
  outRequired: {
    en: "--out FILE{ext} is required",
    kk: "--out ФАЙЛ{ext} міндетті",
    ru: "нужен параметр --out ФАЙЛ{ext}",
  },
  outOrSplitRequired: {
    en: "--out FILE.xlsx (or --split DIR) is required",
    kk: "--out ФАЙЛ.xlsx (немесе --split ҚАЛТА) міндетті",
    ru: "нужен параметр --out ФАЙЛ.xlsx (или --split ПАПКА)",
  },
  outExtension: {
    en: "--out must be a {ext} file",
    kk: "--out {ext} файлы болуы керек",
    ru: "--out должен быть файлом {ext}",
  },
  outNewWorkbook: {
    en: "--out must be an .xlsx file: opeval writes a new workbook of its own, without macros (an .xlsm FILE is only read)",
    kk: "--out .xlsx файлы болуы керек: opeval макроссыз жаңа жұмыс кітабын жазады (.xlsm ФАЙЛ тек оқылады)",
    ru: "--out должен быть файлом .xlsx: opeval записывает новую рабочую книгу без макросов (ФАЙЛ .xlsm только читается)",
  },
  unexpectedArgument: {
    en: "unexpected argument {arg}",
    kk: "артық аргумент: {arg}",
    ru: "лишний аргумент: {arg}",
  },
  oneWorkbook: {
    en: "expected exactly one FILE.xlsx",
    kk: "дәл бір ФАЙЛ.xlsx керек",
    ru: "нужен ровно один ФАЙЛ.xlsx",
  },
  workbookOnly: {
    en: "FILE must be an .xlsx or .xlsm workbook",
    kk: "ФАЙЛ .xlsx немесе .xlsm жұмыс кітабы болуы керек",
    ru: "ФАЙЛ должен быть рабочей книгой .xlsx или .xlsm",
  },
  notAnAnnex: {
    en: '--forms: "{id}" is not an annex (choose from {annexes} or all)',
    kk: '--forms: "{id}" — қосымша нөмірі емес ({annexes} немесе all таңдаңыз)',
    ru: '--forms: "{id}" — не номер приложения (выберите из {annexes} или all)',
  },
  twoPeriods: {
    en: "--periods needs two periods, e.g. --periods 2019,2020",
    kk: "--periods опциясына екі кезең керек, мысалы: --periods 2019,2020",
    ru: "параметру --periods нужны два периода, например: --periods 2019,2020",
  },
  periodsOneFile: {
    en: "--periods takes exactly one HISTORY.xlsx",
    kk: "--periods дәл бір ТАРИХ.xlsx файлымен беріледі",
    ru: "с --periods указывается ровно один ИСТОРИЯ.xlsx",
  },
  twoFiles: {
    en: "expected PREV and CURR (or one file with --periods)",
    kk: "АЛДЫҢҒЫ және АҒЫМДАҒЫ файлдар керек (немесе --periods-пен бір файл)",
    ru: "нужны ПРЕДЫДУЩИЙ и ТЕКУЩИЙ файлы (или один файл с --periods)",
  },
  noAssessment: {
    en: "{file} holds no assessment; for a history workbook give --periods",
    kk: "{file} файлында бағалау жоқ; тарих жұмыс кітабы үшін --periods беріңіз",
    ru: "в {file} нет оценки; для рабочей книги истории укажите --periods",
  },
  splitOrOut: {
    en: "--split and --out exclude each other",
    kk: "--split пен --out бірге берілмейді",
    ru: "--split и --out нельзя указывать вместе",
  },
  splitIsFile: {
    en: "{dir} is a file, not a folder: give --split a folder",
    kk: "{dir} — қалта емес, файл: --split-ке қалта беріңіз",
    ru: "{dir} — файл, а не папка: укажите в --split папку",
  },
  folderNotCreated: {
    en: "cannot create the folder {dir}: {reason}",
    kk: "{dir} қалтасын құру мүмкін емес: {reason}",
    ru: "невозможно создать папку {dir}: {reason}",
  },
  folderNotWritable: {
    en: "{dir}: cannot write files in this folder ({reason})",
    kk: "{dir}: бұл қалтаға файл жазу мүмкін емес ({reason})",
    ru: "{dir}: в эту папку невозможно записать файлы ({reason})",
  },
  bodiesWritten: {
    en: "{done}/{total} bodies written",
    kk: "{done}/{total} орган жазылды",
    ru: "записано органов: {done}/{total}",
  },
  bodiesDone: {
    en: "{done}/{total} bodies",
    kk: "{done}/{total} орган",
    ru: "органов: {done}/{total}",
  },
  noObjectionsTable: {
    en: "{file} has no {table} table; give --objections objections.json",
    kk: "{file} файлында {table} кестесі жоқ; --objections objections.json беріңіз",
    ru: "в {file} нет таблицы {table}; укажите --objections objections.json",
  },
  fileTooLarge: {
    en: "{file}: over {max} MB",
    kk: "{file}: {max} МБ-тан үлкен",
    ru: "{file}: больше {max} МБ",
  },
  inputTooLarge: {
    en: "the input is too large to process (see the limits in docs/FORMAT.md); nothing was written",
    kk: "кіріс деректері өңдеу үшін тым үлкен (шектеулер: docs/FORMAT.md); ештеңе жазылмады",
    ru: "входные данные слишком велики для обработки (ограничения — в docs/FORMAT.md); ничего не записано",
  },
  // What a command reports on stdout when it is done.
  sheetsWrittenTo: {
    en: "{count} sheet(s) written to {out}",
    kk: "{out} файлына {count} парақ жазылды",
    ru: "в {out} записано листов: {count}",
  },
  workbooksWrittenTo: {
    en: "{count} workbook(s) written to {dir}",
    kk: "{dir} қалтасына {count} жұмыс кітабы жазылды",
    ru: "в {dir} записано рабочих книг: {count}",
  },
  templateWritten: {
    en: "{out}: {count} sheets ({sheets})",
    kk: "{out}: {count} парақ ({sheets})",
    ru: "{out}: листов: {count} ({sheets})",
  },
  historyWritten: {
    en: "{out}: periods {periods}; {rows} rows",
    kk: "{out}: кезеңдер {periods}; {rows} жол",
    ru: "{out}: периоды {periods}; строк: {rows}",
  },
  historyWrittenReplacing: {
    en: "{out}: periods {periods} (replaced: {replaced}); {rows} rows",
    kk: "{out}: кезеңдер {periods} (ауыстырылғаны: {replaced}); {rows} жол",
    ru: "{out}: периоды {periods} (заменены: {replaced}); строк: {rows}",
  },
  exported: {
    en: "{out}: {count} bodies",
    kk: "{out}: {count} орган",
    ru: "{out}: органов: {count}",
  },
  sharedCells: {
    en: "{out}: {cells} OPEVAL cells written as values",
    kk: "{out}: {cells} OPEVAL ұяшығы мән ретінде жазылды",
    ru: "{out}: ячеек OPEVAL, записанных значениями: {cells}",
  },
  problemCount: {
    en: "{errors} error(s), {warnings} warning(s)",
    kk: "{errors} қате, {warnings} ескерту",
    ru: "ошибок: {errors}, предупреждений: {warnings}",
  },
  objectionsSummary: {
    en: "{count} objection(s): {accepted} accepted, {rejected} rejected, {late} late (not accepted), {pending} pending; {corrected} input value(s) corrected, {changed} score(s) changed",
    kk: "{count} қарсылық: {accepted} қабылданды, {rejected} қабылданбады, {late} мерзімі өткен (қабылданбады), {pending} қаралуда; {corrected} кіріс мәні түзетілді, {changed} балл өзгерді",
    ru: "возражений: {count}; принято: {accepted}, отклонено: {rejected}, с нарушением срока (не принято): {late}, на рассмотрении: {pending}; исправлено входных значений: {corrected}, изменено баллов: {changed}",
  },
  internalError: {
    en: "an unexpected internal error stopped the command; nothing was written (OPEVAL_DEBUG=1 shows details)",
    kk: "күтпеген ішкі қате команданы тоқтатты; ештеңе жазылмады (толығырақ: OPEVAL_DEBUG=1)",
    ru: "непредвиденная внутренняя ошибка остановила команду; ничего не записано (подробности: OPEVAL_DEBUG=1)",
  },
} satisfies Record<string, Term>;

export type CliTermKey = keyof typeof CLI_TERMS;

export function cliText(key: CliTermKey, lang: Lang, params: PhraseParams = {}): string {
  return fill(CLI_TERMS[key][lang], params);
}

/** A phrase of CLI_TERMS in every language, for an error raised before the language is known. */
export function cliTerm(key: CliTermKey, params: PhraseParams = {}): Term {
  const t = CLI_TERMS[key];
  return { en: fill(t.en, params), kk: fill(t.kk, params), ru: fill(t.ru, params) };
}
