/**
 * Problems found in input (errors stop scoring, warnings do not). One catalogue of messages in
 * English, Kazakh and Russian renders them; nothing else in opeval words a problem.
 */
import type { Lang } from "./types";
import { ARGUMENT_MESSAGES } from "./argument-problems";
import { escapeForTerminal, fillTemplate, type ProblemParams } from "./problem-text";

// The wording helpers are in problem-text.ts, which the custom functions import without this
// catalogue; everything else keeps importing them from here.
export {
  describeValue,
  escapeForTerminal,
  fillTemplate,
  ioFailureText,
  ioFailureWord,
  word,
  type ProblemParams,
} from "./problem-text";

export type Severity = "error" | "warning";

/** Where a problem sits in a workbook, when the input came from one (set by the table reader). */
export interface CellLocation {
  sheet: string;
  /** A1 address of the cell, or of the table's header row when a whole column/table is concerned. */
  address: string;
  header?: string;
}

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** The body's id (or name when it has no id yet); null for problems outside any body. */
  bodyId: string | null;
  /** JSON path of the field, e.g. `bodies[2].services.late`. */
  path: string;
  params: ProblemParams;
  cell?: CellLocation;
}

type Templates = Record<Lang, string>;

/**
 * The message catalogue. `{name}` is replaced by the parameter of that name. Codes are stable
 * (tests and the task pane key on them); wording may improve freely.
 */
export const PROBLEM_MESSAGES = {
  notJson: {
    en: "the file is not valid JSON: {detail}",
    kk: "файл дұрыс JSON емес: {detail}",
    ru: "файл не является корректным JSON: {detail}",
  },
  // strict JSON reading (src/model/strict-json.ts; issue 22, item 11)
  jsonIsZip: {
    en: "this is a ZIP file (xlsx/ods), not JSON: give a workbook its .xlsx name, and save an .ods file as .xlsx",
    kk: "бұл ZIP файлы (xlsx/ods), JSON емес: жұмыс кітабына .xlsx атауын беріңіз, ал .ods файлын .xlsx ретінде сақтаңыз",
    ru: "это ZIP-файл (xlsx/ods), а не JSON: дайте книге имя .xlsx, а файл .ods сохраните как .xlsx",
  },
  jsonIsUtf16: {
    en: "the file is UTF-16 text, not JSON in UTF-8: save it as UTF-8",
    kk: "файл UTF-16 мәтіні, UTF-8 JSON емес: оны UTF-8 ретінде сақтаңыз",
    ru: "файл в кодировке UTF-16, а не JSON в UTF-8: сохраните его в UTF-8",
  },
  jsonInvalidUtf8: {
    en: "byte {byte} (line {line}) is not UTF-8: save the file as UTF-8",
    kk: "{byte}-байт ({line}-жол) UTF-8 емес: файлды UTF-8 ретінде сақтаңыз",
    ru: "байт {byte} (строка {line}) не в кодировке UTF-8: сохраните файл в UTF-8",
  },
  jsonLoneSurrogate: {
    en: "line {line}, column {column}: {escape} is half of a UTF-16 pair, not a character",
    kk: "{line}-жол, {column}-баған: {escape} — UTF-16 жұбының жартысы, таңба емес",
    ru: "строка {line}, столбец {column}: {escape} — половина пары UTF-16, а не символ",
  },
  jsonDuplicateKey: {
    en: "line {line}, column {column}: {path} is given twice (the later value would silently replace the earlier)",
    kk: "{line}-жол, {column}-баған: {path} екі рет берілген (соңғы мән алдыңғысын білдірмей ауыстырар еді)",
    ru: "строка {line}, столбец {column}: {path} указан дважды (последнее значение молча заменило бы первое)",
  },
  jsonNotNumber: {
    en: "the file is not valid JSON: line {line}, column {column}: {found} is not a JSON number; write a number, or null for none",
    kk: "файл дұрыс JSON емес: {line}-жол, {column}-баған: {found} JSON саны емес; сан жазыңыз, ал мән жоқ болса null",
    ru: "файл не является корректным JSON: строка {line}, столбец {column}: {found} — не число JSON; напишите число или null, если значения нет",
  },
  jsonUnexpected: {
    en: "the file is not valid JSON: line {line}, column {column}: {found} cannot stand here",
    kk: "файл дұрыс JSON емес: {line}-жол, {column}-баған: мұнда {found} тұра алмайды",
    ru: "файл не является корректным JSON: строка {line}, столбец {column}: здесь не может стоять {found}",
  },
  jsonTooDeep: {
    en: "line {line}, column {column}: lists and objects are nested deeper than {max} levels",
    kk: "{line}-жол, {column}-баған: тізімдер мен объектілер {max} деңгейден терең салынған",
    ru: "строка {line}, столбец {column}: списки и объекты вложены глубже {max} уровней",
  },
  unreadableFile: {
    en: "the file cannot be read: {detail}",
    kk: "файлды оқу мүмкін емес: {detail}",
    ru: "файл невозможно прочитать: {detail}",
  },
  expectedObject: {
    en: "must be an object {…}",
    kk: "объект {…} болуы тиіс",
    ru: "должно быть объектом {…}",
  },
  expectedArray: {
    en: "must be a list […]",
    kk: "тізім […] болуы тиіс",
    ru: "должно быть списком […]",
  },
  ...ARGUMENT_MESSAGES,
  noBodies: {
    en: "the assessment lists no body",
    kk: "бағалауда бірде-бір орган жоқ",
    ru: "в оценке нет ни одного органа",
  },
  // workbook reader (sheet, cell and header are named by the location of the problem)
  formulaErrorValue: {
    en: "the cell holds the Excel error {got} (a formula failed); enter a value",
    kk: "ұяшықта Excel қатесі {got} тұр (формула орындалмады); мән енгізіңіз",
    ru: "в ячейке ошибка Excel {got} (формула не вычислилась); введите значение",
  },
  dateInNumberCell: {
    en: "a date ({got}) where a number belongs; format the cell as a number",
    kk: "сан тұруы тиіс жерде күн ({got}) тұр; ұяшықты сан пішіміне ауыстырыңыз",
    ru: "дата ({got}) там, где должно быть число; задайте ячейке числовой формат",
  },
  textInNumberCell: {
    en: "text {got} where a number belongs",
    kk: "сан тұруы тиіс жерде {got} мәтіні тұр",
    ru: "текст {got} там, где должно быть число",
  },
  numberStoredAsText: {
    en: "the number {got} is stored as text; convert the cell to a number",
    kk: "{got} саны мәтін ретінде сақталған; ұяшықты санға айналдырыңыз",
    ru: "число {got} сохранено как текст; преобразуйте ячейку в число",
  },
  unknownChoice: {
    en: "{got} is not one of: {allowed}",
    kk: "{got} мәні рұқсат етілгендердің бірі емес: {allowed}",
    ru: "{got} не входит в допустимые значения: {allowed}",
  },
  unknownBodyRef: {
    en: 'no body with the code or name "{body}" on the bodies sheet',
    kk: '«Органдар» парағында коды немесе атауы "{body}" болатын орган жоқ',
    ru: 'на листе органов нет органа с кодом или наименованием "{body}"',
  },
  missingBodyRef: {
    en: "the row has values but no body",
    kk: "жолда мәндер бар, бірақ орган көрсетілмеген",
    ru: "в строке есть значения, но не указан орган",
  },
  missingTable: {
    en: 'the workbook has no table "{table}" (expected on sheet "{sheet}"); rebuild the template with opeval template',
    kk: 'кітапта "{table}" кестесі жоқ ("{sheet}" парағында болуы тиіс); үлгіні opeval template арқылы қайта жасаңыз',
    ru: 'в книге нет таблицы "{table}" (ожидалась на листе "{sheet}"); пересоздайте шаблон командой opeval template',
  },
  missingColumn: {
    en: 'table {table} has no column "{column}"; columns may be moved but not renamed or deleted',
    kk: '{table} кестесінде "{column}" бағаны жоқ; бағандарды жылжытуға болады, бірақ қайта атауға не жоюға болмайды',
    ru: 'в таблице {table} нет столбца "{column}"; столбцы можно переставлять, но не переименовывать и не удалять',
  },
  duplicateColumn: {
    en: 'table {table} has the column "{column}" twice',
    kk: '{table} кестесінде "{column}" бағаны екі рет берілген',
    ru: 'в таблице {table} столбец "{column}" встречается дважды',
  },
  duplicateRow: {
    en: 'body "{body}" already has a row in {table} (row {first}); keep one row per body',
    kk: '"{body}" органының {table} кестесінде жолы бар ({first}-жол); әр органға бір жол қалдырыңыз',
    ru: 'у органа "{body}" уже есть строка в таблице {table} (строка {first}); оставьте одну строку на орган',
  },
  duplicateIndicatorRow: {
    en: 'body "{body}" already has a row for {table} indicator {indicator} (row {first})',
    kk: '"{body}" органының {table} {indicator} көрсеткішіне жолы бар ({first}-жол)',
    ru: 'у органа "{body}" уже есть строка для показателя {indicator} ({table}) (строка {first})',
  },
  rowWithoutParent: {
    en: 'body "{body}" has a row in {table} but none in {needed}',
    kk: '"{body}" органының {table} кестесінде жолы бар, бірақ {needed} кестесінде жоқ',
    ru: 'у органа "{body}" есть строка в таблице {table}, но нет в таблице {needed}',
  },
  notApplicableWithData: {
    en: "the direction is marked not applicable for this body, yet {table} has a row for it",
    kk: "бағыт бұл органға қолданылмайды деп белгіленген, бірақ {table} кестесінде оның жолы бар",
    ru: "направление отмечено как неприменимое к органу, но в таблице {table} есть его строка",
  },
  shareAndFulfilment: {
    en: "enter either the fulfilment or the answered/received counts, not both",
    kk: "не орындалу үлесін, не жауап берілген/келген сұрақтар санын енгізіңіз, екеуін бірге емес",
    ru: "укажите либо долю выполнения, либо число отвеченных/поступивших вопросов, но не то и другое",
  },
  unknownColumn: {
    en: 'column "{column}" of table {table} is not a template column and is ignored',
    kk: '{table} кестесінің "{column}" бағаны үлгіде жоқ, ол ескерілмейді',
    ru: 'столбец "{column}" таблицы {table} не входит в шаблон и не учитывается',
  },
  // warnings
  missingOpennessKey: {
    en: "{table} ({lang}) indicator {key} is not entered: counted as 0",
    kk: "{table} ({lang}) {key} көрсеткіші толтырылмаған: 0 деп есептелді",
    ru: "{table} ({lang}) показатель {key} не заполнен: принят равным 0",
  },
  requestsNotEntered: {
    en: "open data: requestsReceived is not entered, so the §62 rule for indicator 2 is not applied",
    kk: "ашық деректер: requestsReceived толтырылмаған, 2-көрсеткішке 62-т. ережесі қолданылмады",
    ru: "открытые данные: requestsReceived не заполнено, правило п. 62 для показателя 2 не применено",
  },
  upheldButNotChallenged: {
    en: "courtUpheld is {got} but challengedInCourt is false: R2 takes its maximum (§93)",
    kk: "courtUpheld = {got}, бірақ challengedInCourt = false: R2 ең жоғары балл алды (93-т.)",
    ru: "courtUpheld = {got}, но challengedInCourt = false: R2 получает максимум (п. 93)",
  },
  classifiedDataIgnored: {
    en: "the budget is classified: the entered open budget values are replaced by the cohort mean (I-13)",
    kk: "бюджет құпия: енгізілген ашық бюджет мәндерінің орнына жиынтықтың орташасы алынды (I-13)",
    ru: "бюджет засекречен: введённые значения открытого бюджета заменены средним по когорте (I-13)",
  },
  missingRussianText: {
    en: "no Russian text: the Russian forms print the Kazakh one ({field})",
    kk: "орысша мәтін жоқ: орыс тіліндегі нысандарда қазақша мәтін басылады ({field})",
    ru: "нет текста на русском языке: на русских формах будет напечатан казахский текст ({field})",
  },
  // received conclusions (issue 24, part 2)
  receivedNotApplicable: {
    en: "a conclusion on {direction} is received, but the direction does not apply to this body",
    kk: "{direction} бойынша қорытынды алынды, бірақ бұл бағыт органға қолданылмайды",
    ru: "получено заключение по направлению {direction}, но направление к органу не применяется",
  },
  expectedIsoDate: {
    en: "must be a date written YYYY-MM-DD, got {got}",
    kk: "ЖЖЖЖ-АА-КК түрінде жазылған күн болуы тиіс, берілгені: {got}",
    ru: "должно быть датой в виде ГГГГ-ММ-ДД, получено: {got}",
  },
  receivedDiffers: {
    en: "the {direction} final received from {from} is {received}, the raw data give {computed}: the received conclusion stands",
    kk: "{from} жіберген {direction} бойынша қорытынды балл – {received}, бастапқы деректер бойынша – {computed}: алынған қорытынды қолданылады",
    ru: "итоговый балл по направлению {direction}, полученный от {from}, – {received}, по исходным данным – {computed}: применяется полученное заключение",
  },
  receivedLate: {
    en: "the {direction} conclusion reached the Agency on {receivedOn}, later than 5 working days after the commission's decision of {decisionDate} (due {due}, §112–113)",
    kk: "{direction} бойынша қорытынды Агенттікке {receivedOn} келді, комиссияның {decisionDate} шешімінен кейін 5 жұмыс күнінен кеш (мерзімі {due}, 112–113-тармақтар)",
    ru: "заключение по направлению {direction} поступило в Агентство {receivedOn}, позднее 5 рабочих дней после решения комиссии от {decisionDate} (срок {due}, пп. 112–113)",
  },
  duplicateReceived: {
    en: "the {direction} conclusion is given twice, here and at {first}; keep one",
    kk: "{direction} бойынша қорытынды екі рет берілген, осында және {first}; біреуін қалдырыңыз",
    ru: "заключение по направлению {direction} дано дважды, здесь и в {first}; оставьте одно",
  },
  // opeval results / --received (issue 24: the sending side)
  resultsNoneComputed: {
    en: "no body has a computed {direction} result in this file (a received one is not sent again): nothing written",
    kk: "бұл файлда {direction} бойынша есептелген нәтижесі бар орган жоқ (алынған нәтиже қайта жіберілмейді): ештеңе жазылмады",
    ru: "в этом файле нет органа с рассчитанным результатом по направлению {direction} (полученный не отправляется повторно): ничего не записано",
  },
  resultsNoConclusionDate: {
    en: "the {direction} conclusion has no date to send: give the signing block's date as dd.mm.yyyy (got {got})",
    kk: "{direction} бойынша қорытындының жіберілетін күні жоқ: қол қою деректерінің күнін кк.аа.жжжж түрінде беріңіз (берілгені: {got})",
    ru: "у заключения по направлению {direction} нет даты для отправки: укажите дату в данных подписания в виде дд.мм.гггг (получено: {got})",
  },
  resultsNoSender: {
    en: "the {direction} conclusion has no sender: give the authority of its signing block",
    kk: "{direction} бойынша қорытындының жіберушісі жоқ: қол қою деректерінде уәкілетті органды беріңіз",
    ru: "у заключения по направлению {direction} нет отправителя: укажите уполномоченный орган в данных подписания",
  },
  receivedNotResults: {
    en: 'not a results document of opeval: expected {"opevalResults": 1, "direction": …, "results": […]}',
    kk: 'opeval нәтижелер құжаты емес: {"opevalResults": 1, "direction": …, "results": […]} күтілді',
    ru: 'не документ результатов opeval: ожидалось {"opevalResults": 1, "direction": …, "results": […]}',
  },
  receivedNoTable: {
    en: "the workbook has no opeval_Received table (write one with opeval results --out FILE.xlsx)",
    kk: "жұмыс кітабында opeval_Received кестесі жоқ (оны opeval results --out FILE.xlsx жазады)",
    ru: "в рабочей книге нет таблицы opeval_Received (её пишет opeval results --out FILE.xlsx)",
  },
  receivedNoAssessment: {
    en: "--received joins the last FILE, and this one holds no assessment (only a history): give the assessment being closed last",
    kk: "--received соңғы ФАЙЛ-ға қосылады, ал бұл файлда бағалау жоқ (тек тарих): жабылатын кезеңнің бағалауын соңғы етіп беріңіз",
    ru: "--received присоединяется к последнему ФАЙЛу, а в этом нет оценки (только история): укажите последним оценку закрываемого периода",
  },
  receivedOtherPeriod: {
    en: "these results are of period {got}, the assessment is of {period}",
    kk: "бұл нәтижелер {got} кезеңіне жатады, бағалау – {period} кезеңі",
    ru: "эти результаты относятся к периоду {got}, оценка – к периоду {period}",
  },
  // calendar and objections (chapter 7)
  expectedDirection: {
    en: "direction must be services, openness or complaints, got {got}",
    kk: "бағыт services (қызметтер), openness (ашықтық) немесе complaints (шағымдар) болуы тиіс, берілгені: {got}",
    ru: "направление должно быть services (услуги), openness (открытость) или complaints (жалобы), получено: {got}",
  },
  expectedDecision: {
    en: "the commission's decision must be accepted or rejected (blank while pending), got {got}",
    kk: "комиссия шешімі «қабылданды» немесе «қабылданбады» болуы тиіс (қаралғанға дейін бос), берілгені: {got}",
    ru: "решение комиссии должно быть «принято» или «не принято» (пусто до рассмотрения), получено: {got}",
  },
  unknownBody: {
    en: 'no body with the id "{id}" in the assessment',
    kk: 'бағалауда "{id}" идентификаторы бар орган жоқ',
    ru: 'в оценке нет органа с идентификатором "{id}"',
  },
  directionNotAssessed: {
    en: "direction {direction} was not assessed for this body, so there is no conclusion to object to",
    kk: "бұл орган {direction} бағыты бойынша бағаланбаған, қарсылық білдіретін қорытынды жоқ",
    ru: "по направлению {direction} этот орган не оценивался, возражать не на что",
  },
  unknownCorrectionPath: {
    en: 'objection {no}: "{field}" is not an input field of this body',
    kk: '{no}-қарсылық: "{field}" бұл органның енгізілетін өрісі емес',
    ru: 'возражение {no}: "{field}" не является полем исходных данных этого органа',
  },
  correctionOutsideDirection: {
    en: 'objection {no} is on direction {direction}, but "{field}" belongs to another direction',
    kk: '{no}-қарсылық {direction} бағыты бойынша, бірақ "{field}" өрісі басқа бағытқа жатады',
    ru: 'возражение {no} относится к направлению {direction}, а поле "{field}" — к другому направлению',
  },
  conflictingCorrections: {
    en: 'objections {first} and {second} both change "{field}" to different values',
    kk: '{first} және {second} қарсылықтары "{field}" өрісін әртүрлі мәнге өзгертеді',
    ru: 'возражения {first} и {second} меняют поле "{field}" на разные значения',
  },
  correctionInvalid: {
    en: 'objection {no}: the new value of "{field}" is not valid input (the reason is given above)',
    kk: '{no}-қарсылық: "{field}" өрісінің жаңа мәні жарамсыз (себебі жоғарыда көрсетілген)',
    ru: 'возражение {no}: новое значение поля "{field}" недопустимо (причина указана выше)',
  },
  submittedBeforeReceipt: {
    en: "objection {no} is dated {submitted}, before the conclusion was received on {received}",
    kk: "{no}-қарсылық {submitted} күнімен жіберілген, бұл қорытынды алынған {received} күнінен ерте",
    ru: "возражение {no} датировано {submitted}, раньше получения заключения {received}",
  },
  // warnings
  objectionLate: {
    en: "objection {no} was received on {submitted}, after the deadline {deadline} (5 working days from {received}, §102): not accepted (§104)",
    kk: "{no}-қарсылық {submitted} күні келіп түсті, мерзімі {deadline} өткен ({received} күнінен бастап 5 жұмыс күні, 102-т.): қабылданбайды (104-т.)",
    ru: "возражение {no} поступило {submitted}, после срока {deadline} (5 рабочих дней с {received}, п. 102): не принимается (п. 104)",
  },
  objectionDatesMissing: {
    en: "objection {no}: the date the conclusion was received or the date of the objection is not entered, so the deadline is not checked",
    kk: "{no}-қарсылық: қорытындыны алған күн немесе қарсылық күні толтырылмаған, мерзім тексерілмеді",
    ru: "возражение {no}: не указана дата получения заключения или дата возражения, срок не проверен",
  },
  objectionPending: {
    en: "objection {no} has no commission decision yet (due by {deadline}): its corrections are not applied",
    kk: "{no}-қарсылық бойынша комиссия шешімі әлі жоқ ({deadline} дейін): түзетулер қолданылмады",
    ru: "по возражению {no} ещё нет решения комиссии (срок {deadline}): исправления не применены",
  },
  decisionAfterDeadline: {
    en: "objection {no}: the commission decided on {decided}, after its 15 calendar days ended on {deadline} (§107)",
    kk: "{no}-қарсылық: комиссия шешімі {decided} күні қабылданған, 15 күнтізбелік күн {deadline} күні аяқталған (107-т.)",
    ru: "возражение {no}: комиссия приняла решение {decided}, после истечения 15 календарных дней {deadline} (п. 107)",
  },
  correctionNotAccepted: {
    en: "objection {no} is not accepted (rejected, or sent after the deadline): its corrections are not applied",
    kk: "{no}-қарсылық қабылданбаған (комиссия қабылдамады немесе мерзімі өткен соң жіберілді): түзетулер қолданылмады",
    ru: "возражение {no} не принято (отклонено или подано после срока): исправления не применены",
  },
  acceptedWithoutCorrection: {
    en: "objection {no} is accepted but changes no input value, so the scores stay as they were",
    kk: "{no}-қарсылық қабылданды, бірақ бірде-бір бастапқы мән өзгертілмеген, баллдар өзгеріссіз қалды",
    ru: "возражение {no} принято, но не меняет ни одного исходного значения, баллы не изменились",
  },
  calendarNote: {
    en: "calendar: {note}",
    kk: "күнтізбе: {note}",
    ru: "календарь: {note}",
  },
  // objections: facts, texts and effects of the corrections (issue 21)
  correctionDropsFacts: {
    en: "objection {no}: {field} is set to a count, so the corrected forms state no fact of the act; to keep the facts' texts, correct each fact ({field}[0]: null removes the first one)",
    kk: "{no}-қарсылық: {field} сан ретінде берілген, түзетілген нысандарда актінің фактілері жазылмайды; фактілердің мәтінін сақтау үшін әр фактіні түзетіңіз ({field}[0]: null бірінші фактіні алып тастайды)",
    ru: "возражение {no}: {field} задано числом, поэтому в исправленных формах факты акта не будут изложены; чтобы сохранить тексты фактов, исправьте каждый факт ({field}[0]: null исключает первый)",
  },
  acceptedNoScoreChange: {
    en: "objection {no} is accepted and corrects {fields}, but no score of {direction} changes: no conclusion is re-issued for it, and annex 14 says so",
    kk: "{no}-қарсылық қабылданды және {fields} түзетеді, бірақ {direction} бағыты бойынша бірде-бір балл өзгермейді: қорытынды қайта берілмейді, бұл 14-қосымшада көрсетіледі",
    ru: "возражение {no} принято и исправляет {fields}, но ни один балл по направлению {direction} не меняется: заключение не переоформляется, это указано в приложении 14",
  },
  reissuedByOthers: {
    en: "body {id}: its scores change only through other bodies' corrected data (a mean over its peers, I-2 / I-13): its conclusions are re-issued and say why",
    kk: "{id} органы: оның балдары тек басқа органдардың түзетілген деректері арқылы өзгереді (ұқсас органдардың орташа мәні, I-2 / I-13): қорытындылары себебі көрсетіліп қайта беріледі",
    ru: "орган {id}: его баллы меняются только из-за исправленных данных других органов (среднее по органам того же вида, I-2 / I-13): заключения переоформляются с указанием причины",
  },
  // hostile or careless input: limits, package problems, characters
  fileTooLarge: {
    en: "the file is {size} MB; opeval reads files of at most {max} MB (docs/FORMAT.md, Limits)",
    kk: "файл көлемі {size} МБ; opeval {max} МБ-тан аспайтын файлдарды оқиды (docs/FORMAT.md, шектеулер)",
    ru: "размер файла {size} МБ; opeval читает файлы не больше {max} МБ (docs/FORMAT.md, ограничения)",
  },
  partTooLarge: {
    en: "a part of the workbook ({part}) unpacks to more than {max} MB; opeval does not read it",
    kk: "кітаптың бір бөлігі ({part}) ашқанда {max} МБ-тан асады; opeval оны оқымайды",
    ru: "часть книги ({part}) после распаковки больше {max} МБ; opeval её не читает",
  },
  encryptedWorkbook: {
    en: "the file is an encrypted (password-protected) workbook or an old .xls file: save it in Excel as an .xlsx workbook without a password",
    kk: "файл шифрланған (құпиясөзбен қорғалған) кітап немесе ескі .xls файлы: оны Excel-де құпиясөзсіз .xlsx кітабы ретінде сақтаңыз",
    ru: "файл — зашифрованная (защищённая паролем) книга или старый файл .xls: сохраните его в Excel как книгу .xlsx без пароля",
  },
  notXlsx: {
    en: "the file is not an .xlsx workbook ({detail})",
    kk: "файл .xlsx кітабы емес ({detail})",
    ru: "файл не является книгой .xlsx ({detail})",
  },
  // issue 22: formulas without values, archives that are damaged or too big once unpacked, ODS
  formulaWithoutValue: {
    en: "the cell holds a formula without a computed value (the file was saved by a program that does not compute formulas): open and save the file in Excel, or type the value",
    kk: "ұяшықта есептелген мәні жоқ формула тұр (файлды формулаларды есептемейтін бағдарлама сақтаған): файлды Excel-де ашып сақтаңыз немесе мәнді қолмен енгізіңіз",
    ru: "в ячейке формула без вычисленного значения (файл сохранён программой, которая не вычисляет формулы): откройте и сохраните файл в Excel или введите значение",
  },
  packageTooLarge: {
    en: "the workbook's parts unpack to more than {max} MB together (at {part}); opeval does not read it",
    kk: "кітаптың бөліктері ашқанда барлығы {max} МБ-тан асады ({part} бөлігінде); opeval оны оқымайды",
    ru: "части книги после распаковки вместе больше {max} МБ (на части {part}); opeval её не читает",
  },
  openDocumentFile: {
    en: "the file is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open it and save it as an Excel workbook (.xlsx)",
    kk: "файл — OpenDocument кестесі (.ods), .xlsx кітабы емес: оны ашып, Excel кітабы (.xlsx) ретінде сақтаңыз",
    ru: "файл — электронная таблица OpenDocument (.ods), а не книга .xlsx: откройте его и сохраните как книгу Excel (.xlsx)",
  },
  badTableRef: {
    en: 'table {table} has the range "{ref}", which is not a range of Excel\'s grid (A1 to XFD1048576)',
    kk: '{table} кестесінің ауқымы "{ref}" — Excel торының ауқымы емес (A1-ден XFD1048576-ға дейін)',
    ru: 'у таблицы {table} диапазон "{ref}", это не диапазон сетки Excel (от A1 до XFD1048576)',
  },
  tableTooWide: {
    en: 'table {table} ("{ref}") has more than {max} columns; delete the extra columns',
    kk: '{table} кестесінде ("{ref}") {max}-ден артық баған бар; артық бағандарды жойыңыз',
    ru: 'в таблице {table} ("{ref}") больше {max} столбцов; удалите лишние столбцы',
  },
  tableTooManyRows: {
    en: "table {table} has {rows} filled rows; opeval reads at most {max} rows per table",
    kk: "{table} кестесінде {rows} толтырылған жол бар; opeval бір кестеден {max} жолдан артық оқымайды",
    ru: "в таблице {table} {rows} заполненных строк; opeval читает не больше {max} строк таблицы",
  },
  mergedCells: {
    en: "cells {range} are merged and overlap table {table}; unmerge them (a table cannot hold merged cells, and a merge would repeat one value over several rows or columns)",
    kk: "{range} ұяшықтары біріктірілген және {table} кестесіне кіреді; біріктіруді алып тастаңыз (кестеде біріктірілген ұяшықтар болмайды, әйтпесе бір мән бірнеше жолға не бағанға қайталанады)",
    ru: "ячейки {range} объединены и заходят в таблицу {table}; отмените объединение (в таблице не может быть объединённых ячеек, иначе одно значение повторится в нескольких строках или столбцах)",
  },
  cellTooLong: {
    en: "the cell holds more than {max} characters (Excel's limit)",
    kk: "ұяшықта {max} таңбадан артық бар (Excel шегі)",
    ru: "в ячейке больше {max} символов (предел Excel)",
  },
  textTooLong: {
    en: "the text has {length} characters; a worksheet cell holds at most {max}",
    kk: "мәтінде {length} таңба бар; парақ ұяшығына {max} таңбадан артық сыймайды",
    ru: "в тексте {length} символов; в ячейку листа помещается не больше {max}",
  },
  tooManyBodies: {
    en: "the assessment has {count} bodies; opeval scores at most {max} at once (split the file)",
    kk: "бағалауда {count} орган бар; opeval бір мезетте {max} органнан артық бағаламайды (файлды бөліңіз)",
    ru: "в оценке {count} органов; opeval оценивает не больше {max} за раз (разделите файл)",
  },
  controlCharacter: {
    en: "the text contains a control character ({char}) that a worksheet cannot hold; remove it",
    kk: "мәтінде парақта сақталмайтын басқару таңбасы бар ({char}); оны алып тастаңыз",
    ru: "в тексте есть управляющий символ ({char}), который лист Excel не может хранить; удалите его",
  },
  numberTooLarge: {
    en: "{got} is larger than any plausible figure (at most {max})",
    kk: "{got} — ешбір ықтимал көрсеткіштен үлкен (ең көбі {max})",
    ru: "{got} больше любого правдоподобного значения (не больше {max})",
  },
  ambiguousId: {
    en: 'the id "{id}" differs from the id "{other}" only by invisible characters; use distinct ids',
    kk: '"{id}" коды "{other}" кодынан тек көрінбейтін таңбалармен ерекшеленеді; әртүрлі кодтар беріңіз',
    ru: 'код "{id}" отличается от кода "{other}" только невидимыми символами; задайте разные коды',
  },
  expectedObjectionNo: {
    en: "the objection number must be a whole number ≥ 1, got {got}",
    kk: "қарсылық нөмірі 1-ден кем емес бүтін сан болуы тиіс, берілгені: {got}",
    ru: "номер возражения должен быть целым числом ≥ 1, получено: {got}",
  },
  duplicateObjection: {
    en: "objection number {no} is given twice (first at {first}); give each objection its own number",
    kk: "{no}-қарсылық нөмірі екі рет берілген (алғашқысы: {first}); әр қарсылыққа өз нөмірін беріңіз",
    ru: "номер возражения {no} указан дважды (впервые: {first}); дайте каждому возражению свой номер",
  },
  dateOutOfRange: {
    en: "the date {got} is outside the years {from}–{to} opeval works with",
    kk: "{got} күні opeval жұмыс істейтін {from}–{to} жылдарынан тыс",
    ru: "дата {got} вне лет {from}–{to}, с которыми работает opeval",
  },
  // warnings
  hiddenRows: {
    en: "table {table} has hidden rows ({rows}); they are read like the others",
    kk: "{table} кестесінде жасырын жолдар бар ({rows}); олар басқалары сияқты оқылады",
    ru: "в таблице {table} есть скрытые строки ({rows}); они читаются как остальные",
  },
  hiddenSheet: {
    en: 'table {table} is on the very hidden sheet "{sheet}"; it is read like the others',
    kk: '{table} кестесі қатты жасырылған "{sheet}" парағында; ол басқалары сияқты оқылады',
    ru: 'таблица {table} находится на очень скрытом листе "{sheet}"; она читается как остальные',
  },
  // history of results, year over year (src/history/)
  historyPeriodNotYear: {
    en: 'the history needs the period as a year such as "2019", got {got}',
    kk: 'тарих үшін кезең "2019" сияқты жыл болуы тиіс, берілгені: {got}',
    ru: 'для истории период должен быть годом, например "2019", получено: {got}',
  },
  historyDuplicatePeriod: {
    en: "period {period} is given twice ({first} and {second}); add --replace-period to let the later one win",
    kk: "{period} кезеңі екі рет берілген ({first} және {second}); соңғысы алынуы үшін --replace-period қосыңыз",
    ru: "период {period} указан дважды ({first} и {second}); добавьте --replace-period, чтобы действовал последний",
  },
  historyBodyTypeConflict: {
    en: 'body "{body}" is {type} in period {period} but {otherType} in period {otherPeriod}',
    kk: '"{body}" органы {period} кезеңінде {type}, ал {otherPeriod} кезеңінде {otherType}',
    ru: 'орган "{body}" в периоде {period} имеет тип {type}, а в периоде {otherPeriod} — {otherType}',
  },
  historyUnknownValue: {
    en: "value name {got} is not a value of methodology edition {edition} (e.g. services.P1, openness.final, overall.score)",
    kk: "{got} атауы {edition} әдістеме редакциясының мәні емес (мысалы services.P1, openness.final, overall.score)",
    ru: "имя значения {got} не относится к редакции методики {edition} (например services.P1, openness.final, overall.score)",
  },
  historyDuplicateValue: {
    en: 'body "{body}" already has {item} for period {period} (row {first})',
    kk: '"{body}" органының {period} кезеңіне {item} мәні бар ({first}-жол)',
    ru: 'у органа "{body}" уже есть {item} за период {period} (строка {first})',
  },
  historyPeriodNotFound: {
    en: "period {period} is not in the history (recorded: {recorded})",
    kk: "тарихта {period} кезеңі жоқ (жазылғандары: {recorded})",
    ru: "периода {period} нет в истории (записаны: {recorded})",
  },
  historyMappedTwice: {
    en: 'the previous code "{previous}" is mapped twice (rows {first} and {second})',
    kk: '"{previous}" бұрынғы коды екі рет сәйкестендірілген ({first} және {second} жолдар)',
    ru: 'прежний код "{previous}" сопоставлен дважды (строки {first} и {second})',
  },
  historyNoRows: {
    en: "the file has neither an assessment (opeval_Bodies) nor a history (opeval_History)",
    kk: "файлда бағалау да (opeval_Bodies), тарих та (opeval_History) жоқ",
    ru: "в файле нет ни оценки (opeval_Bodies), ни истории (opeval_History)",
  },
  // Issue 24: signing blocks (opeval_Authorities).
  duplicateSetting: {
    en: 'the field "{key}" is given twice for this block (first in row {first})',
    kk: '"{key}" өрісі осы блок үшін екі рет берілген (алғашқысы {first}-жолда)',
    ru: 'поле "{key}" указано для этого блока дважды (впервые в строке {first})',
  },
  // `opeval share` and the pane's "Share a copy" (src/xlsx/share-scan.ts).
  shareNoValue: {
    en: "the formula calls OPEVAL.* but the file holds no calculated value for it: open the workbook in Excel with the add-in, let it calculate, save it, and share again",
    kk: "формула OPEVAL.* шақырады, бірақ файлда оның есептелген мәні жоқ: жұмыс кітабын қондырмасы бар Excel-де ашып, есептелуін күтіп, сақтаңыз да, қайта бөлісіңіз",
    ru: "формула вызывает OPEVAL.*, но в файле нет её вычисленного значения: откройте книгу в Excel с надстройкой, дождитесь расчёта, сохраните и поделитесь снова",
  },
  shareNameError: {
    en: "the formula calls OPEVAL.* and was saved showing #NAME? (the add-in was not loaded): open the workbook in Excel with the add-in, repair the cell (re-enter its formula), save it, and share again",
    kk: "формула OPEVAL.* шақырады және #NAME? көрсетіп сақталған (қондырма жүктелмеген): жұмыс кітабын қондырмасы бар Excel-де ашып, ұяшықты түзетіп (формуласын қайта енгізіп), сақтаңыз да, қайта бөлісіңіз",
    ru: "формула вызывает OPEVAL.* и сохранена с #NAME? (надстройка не была загружена): откройте книгу в Excel с надстройкой, исправьте ячейку (введите формулу заново), сохраните и поделитесь снова",
  },
  shareMemberBeforeMaster: {
    en: "a cell of shared formula group {group} comes before the cell holding the group's formula: the file was not saved by Excel; open and save it in Excel, then share again",
    kk: "{group} ортақ формула тобының ұяшығы топ формуласы бар ұяшықтан бұрын тұр: файлды Excel сақтамаған; оны Excel-де ашып сақтаңыз да, қайта бөлісіңіз",
    ru: "ячейка группы общей формулы {group} стоит раньше ячейки с формулой группы: файл сохранён не Excel; откройте и сохраните его в Excel, затем поделитесь снова",
  },
  shareTooLargeElement: {
    en: "an element of {part} is over {limit} characters: the file is damaged or not an Excel workbook",
    kk: "{part} бөлігінің элементі {limit} таңбадан ұзын: файл бүлінген немесе Excel жұмыс кітабы емес",
    ru: "элемент части {part} длиннее {limit} символов: файл повреждён или не является книгой Excel",
  },
  shareCalculatedColumn: {
    en: 'the calculated column formula of column "{column}" of table {table} calls OPEVAL.*: removed in the copy (the column\'s cells keep their values)',
    kk: '{table} кестесінің "{column}" бағанының есептелетін формуласы OPEVAL.* шақырады: көшірмеде алынып тасталды (баған ұяшықтары мәндерін сақтайды)',
    ru: 'формула вычисляемого столбца "{column}" таблицы {table} вызывает OPEVAL.*: в копии удалена (ячейки столбца сохраняют значения)',
  },
  shareDefinedName: {
    en: "the defined name {name} calls OPEVAL.*: kept in the copy; in Excel without the add-in, a formula using it shows #NAME? once recalculated",
    kk: "{name} атауы OPEVAL.* шақырады: көшірмеде сақталды; қондырмасы жоқ Excel-де оны қолданатын формула қайта есептелгенде #NAME? көрсетеді",
    ru: "имя {name} вызывает OPEVAL.*: в копии сохранено; в Excel без надстройки формула, использующая его, после пересчёта показывает #NAME?",
  },
  shareConditionalFormat: {
    en: "a conditional formatting rule over {range} calls OPEVAL.*: removed in the copy (without the add-in it would never apply)",
    kk: "{range} ауқымындағы шартты пішімдеу ережесі OPEVAL.* шақырады: көшірмеде алынып тасталды (қондырмасыз ол ешқашан қолданылмайды)",
    ru: "правило условного форматирования для {range} вызывает OPEVAL.*: в копии удалено (без надстройки оно никогда не применяется)",
  },
  shareValidation: {
    en: "a data validation over {range} calls OPEVAL.*: removed in the copy (without the add-in its formula is an error)",
    kk: "{range} ауқымындағы деректерді тексеру OPEVAL.* шақырады: көшірмеде алынып тасталды (қондырмасыз оның формуласы қате береді)",
    ru: "проверка данных для {range} вызывает OPEVAL.*: в копии удалена (без надстройки её формула даёт ошибку)",
  },
  // history checked as the engine's output is (issue 22, item 6)
  historyValueOutOfRange: {
    en: "{item} is from 0 to {max} in the engine's output; got {got}",
    kk: "{item} мәні қозғалтқыш нәтижесінде 0-ден {max}-ге дейін болады; берілгені: {got}",
    ru: "{item} в результатах расчёта бывает от 0 до {max}; получено: {got}",
  },
  historyLevelDisagrees: {
    en: "the level {got} does not agree with the general score {score}: by §101 it is {expected}",
    kk: "{got} деңгейі {score} жалпы бағасына сәйкес келмейді: §101 бойынша ол {expected}",
    ru: "уровень {got} не соответствует общей оценке {score}: по §101 он {expected}",
  },
  historyMappedToOne: {
    en: 'the previous codes "{first}" (row {firstRow}) and "{second}" (row {secondRow}) are both mapped to "{current}": a current body has one previous code',
    kk: '"{first}" ({firstRow}-жол) және "{second}" ({secondRow}-жол) бұрынғы кодтары бір "{current}" кодына сәйкестендірілген: қазіргі органның бір ғана бұрынғы коды болады',
    ru: 'прежние коды "{first}" (строка {firstRow}) и "{second}" (строка {secondRow}) оба сопоставлены коду "{current}": у нынешнего органа один прежний код',
  },
  compareSamePeriod: {
    en: "both sides are period {period}, so every change is zero; to see changes compare two different periods, the earlier first",
    kk: "екі жағы да {period} кезеңі, сондықтан барлық өзгеріс нөлге тең; өзгерістерді көру үшін екі түрлі кезеңді салыстырыңыз, алдымен ертерегін",
    ru: "с обеих сторон период {period}, поэтому все изменения равны нулю; чтобы увидеть изменения, сравните два разных периода, сначала более ранний",
  },
  comparePeriodsReversed: {
    en: "the previous period {previous} comes after the current {current}: give the earlier period first ({current} then {previous})",
    kk: "алдыңғы {previous} кезеңі ағымдағы {current} кезеңінен кейін келеді: алдымен ертерек кезеңді беріңіз (алдымен {current}, содан кейін {previous})",
    ru: "предыдущий период {previous} идёт после текущего {current}: укажите сначала более ранний ({current}, затем {previous})",
  },
  historyMapChain: {
    en: 'the previous code "{previous}" is mapped to "{current}", which row {row} maps on to "{next}": map "{previous}" straight to the code in use',
    kk: '"{previous}" бұрынғы коды "{current}" кодына сәйкестендірілген, ал {row}-жол оны "{next}" кодына сәйкестендіреді: "{previous}" кодын қазір қолданылатын кодқа тікелей сәйкестендіріңіз',
    ru: 'прежний код "{previous}" сопоставлен коду "{current}", который строка {row} сопоставляет коду "{next}": сопоставьте "{previous}" прямо с действующим кодом',
  },
} as const satisfies Record<string, Templates>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

const WHERE: Record<Lang, { body: string; cell: string; error: string; warning: string }> = {
  en: { body: "body", cell: "sheet", error: "error", warning: "warning" },
  kk: { body: "орган", cell: "парақ", error: "қате", warning: "ескерту" },
  ru: { body: "орган", cell: "лист", error: "ошибка", warning: "предупреждение" },
};

/** The reason alone, in the language asked for. */
export function problemReason(problem: Problem, lang: Lang): string {
  return fillTemplate(PROBLEM_MESSAGES[problem.code][lang], problem.params, lang);
}

/**
 * One line naming where (sheet/cell when from a workbook, else body and JSON path) and why.
 * Example: `error: body "minfin", bodies[0].services.late: must be a whole number ≥ 0, got -1`.
 */
export function formatProblem(problem: Problem, lang: Lang = "en"): string {
  return `${WHERE[lang][problem.severity]}: ${formatProblemPlace(problem, lang)}`;
}

/**
 * The line of formatProblem without its severity word: where a badge already says "error" or
 * "warning" (the pane's Check step), so the label is not read twice ("Қате қате: …").
 */
export function formatProblemPlace(problem: Problem, lang: Lang = "en"): string {
  const where: string[] = [];
  if (problem.cell) {
    const header = problem.cell.header ? ` «${problem.cell.header}»` : "";
    where.push(
      escapeForTerminal(`${WHERE[lang].cell} ${problem.cell.sheet}!${problem.cell.address}${header}`),
    );
  }
  if (problem.bodyId !== null) where.push(`${WHERE[lang].body} "${escapeForTerminal(problem.bodyId)}"`);
  if (problem.path && !problem.cell) where.push(problem.path);
  return `${where.join(", ")}${where.length ? ": " : ""}${problemReason(problem, lang)}`;
}
