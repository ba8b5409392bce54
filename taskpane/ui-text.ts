/**
 * Every string of the task pane (and of the sheets only the pane writes, such as the ranking), in
 * Kazakh, Russian and English. Terms shared with forms and the CLI (levels, directions, body types,
 * column captions) stay in src/model/model-terms.ts; problem messages in src/model/problems.ts.
 */
import { fill, term as t, type Lang, type Term } from "../src/i18n/lang";

export const UI_TEXT = {
  appTitle: t("Operational assessment", "Операциялық бағалау", "Операционная оценка"),
  language: t("Language", "Тіл", "Язык"),
  langName: t("English", "Қазақша", "Русский"),
  steps: t("Steps", "Қадамдар", "Шаги"),
  working: t("Working…", "Орындалуда…", "Выполняется…"),
  unexpected: t(
    "The action could not be completed: {detail}",
    "Әрекетті аяқтау мүмкін болмады: {detail}",
    "Не удалось выполнить действие: {detail}",
  ),
  // A lazy part of the pane (taskpane/load-part.ts) that did not arrive.
  partNotLoaded: t(
    "a part of the add-in ({part}) did not load from its server. Nothing was changed: check the connection and try again, or reopen the add-in",
    "қондырманың бір бөлігі ({part}) серверден жүктелмеді. Ештеңе өзгермеді: байланысты тексеріп, қайталаңыз немесе қондырманы қайта ашыңыз",
    "часть надстройки ({part}) не загрузилась с сервера. Ничего не изменено: проверьте подключение и повторите или откройте надстройку заново",
  ),

  stepTemplate: t("Template", "Үлгі", "Шаблон"),
  stepCheck: t("Check", "Тексеру", "Проверка"),
  stepGenerate: t("Conclusion", "Қорытынды", "Заключение"),
  stepResults: t("Results", "Нәтижелер", "Результаты"),

  templateIntro: t(
    "Add the input tables as new sheets. Existing sheets are not touched.",
    "Бастапқы деректер кестелерін жаңа парақтар ретінде қосыңыз. Бар парақтар өзгертілмейді.",
    "Добавьте таблицы исходных данных на новые листы. Существующие листы не изменяются.",
  ),
  insertTemplate: t("Insert empty template", "Бос үлгіні қосу", "Вставить пустой шаблон"),
  fillFromJson: t("Fill from a JSON file…", "JSON файлынан толтыру…", "Заполнить из файла JSON…"),
  jsonFileLabel: t("Assessment JSON file", "Бағалаудың JSON файлы", "Файл оценки в формате JSON"),
  // Issue 24: one authority's workbook (as `opeval template --direction`); the options name the
  // authorities from src/model/model-terms.ts.
  templateFor: t("Template for", "Үлгі кімге арналған", "Шаблон для"),
  templateForAll: t(
    "Full template ({agency}, all directions)",
    "Толық үлгі ({agency}, барлық бағыттар)",
    "Полный шаблон ({agency}, все направления)",
  ),
  templateInserted: t("{count} sheets added:", "{count} парақ қосылды:", "Добавлено листов: {count}:"),
  templateExists: t(
    "The workbook already has the input tables; nothing was added. Edit them there:",
    "Жұмыс кітабында бастапқы кестелер бұрыннан бар; ештеңе қосылмады. Оларды сол жерде өзгертіңіз:",
    "В книге уже есть таблицы исходных данных; ничего не добавлено. Измените их там:",
  ),
  jsonHasErrors: t(
    "The file {file} has errors; nothing was added to the workbook:",
    "{file} файлында қателер бар; жұмыс кітабына ештеңе қосылмады:",
    "В файле {file} есть ошибки; в книгу ничего не добавлено:",
  ),

  checkIntro: t(
    "Read the input tables and check every value.",
    "Бастапқы кестелерді оқып, әр мәнді тексеру.",
    "Прочитать таблицы исходных данных и проверить каждое значение.",
  ),
  runCheck: t("Check the workbook", "Жұмыс кітабын тексеру", "Проверить книгу"),
  noTables: t(
    "No input tables were found. Insert the template first (step 1).",
    "Бастапқы деректер кестелері табылмады. Алдымен үлгіні қосыңыз (1-қадам).",
    "Таблицы исходных данных не найдены. Сначала вставьте шаблон (шаг 1).",
  ),
  checkPassed: t(
    "No errors. {bodies} bodies are ready to be scored.",
    "Қате жоқ. {bodies} органды бағалауға болады.",
    "Ошибок нет. Органов, готовых к оценке: {bodies}.",
  ),
  errorsCount: t("Errors: {count}", "Қателер: {count}", "Ошибки: {count}"),
  warningsCount: t("Warnings: {count}", "Ескертулер: {count}", "Предупреждения: {count}"),
  problemsList: t("Problems found", "Табылған мәселелер", "Найденные замечания"),
  goToCell: t("Go to {cell}", "{cell} ұяшығына өту", "Перейти к {cell}"),
  error: t("Error", "Қате", "Ошибка"),
  warning: t("Warning", "Ескерту", "Предупреждение"),

  generateIntro: t(
    "Write the annex forms for the chosen bodies as new sheets, in new workbooks or in this one.",
    "Таңдалған органдар бойынша қосымша нысандарын жаңа парақтарға — жаңа жұмыс кітаптарына немесе осы кітапқа жазу.",
    "Записать формы приложений по выбранным органам на новые листы — в новые книги или в эту книгу.",
  ),
  // What a step needing the scores says before the check has them, each with a link to the step
  // that helps; the input's errors where an action was refused (issue 23 item 13).
  hintCheckFirst: t(
    "Check the workbook first.",
    "Алдымен жұмыс кітабын тексеріңіз.",
    "Сначала проверьте книгу.",
  ),
  hintNoTables: t(
    "The workbook has no input tables yet: insert the template first.",
    "Жұмыс кітабында әзірге бастапқы кестелер жоқ: алдымен үлгіні қосыңыз.",
    "В книге пока нет таблиц исходных данных: сначала вставьте шаблон.",
  ),
  hintCheckErrors: t(
    "The check found errors ({count}): fix them and check again.",
    "Тексеру қателер тапты ({count}): оларды түзетіп, қайта тексеріңіз.",
    "Проверка нашла ошибки ({count}): исправьте их и проверьте снова.",
  ),
  goToStep: t("Go to step {n}: {step}", "{n}-қадамға өту: {step}", "Перейти к шагу {n}: {step}"),
  blockedByErrors: t(
    "The input tables have errors ({count}). Click an error to select its cell, fix them, then try again.",
    "Бастапқы кестелерде қателер бар ({count}). Ұяшығын таңдау үшін қатені басыңыз, оларды түзетіп, қайталаңыз.",
    "В таблицах исходных данных есть ошибки ({count}). Нажмите на ошибку, чтобы выделить её ячейку, исправьте их и повторите.",
  ),
  showAllErrors: t("Show all ({count})", "Барлығын көрсету ({count})", "Показать все ({count})"),
  bodies: t("Bodies", "Органдар", "Органы"),
  bodiesAll: t("All bodies", "Барлық органдар", "Все органы"),
  bodiesSelected: t("Selected bodies", "Таңдалған органдар", "Выбранные органы"),
  languages: t("Languages of the forms", "Нысандардың тілі", "Языки форм"),
  langKk: t("Kazakh", "Қазақ тілі", "Казахский"),
  langRu: t("Russian", "Орыс тілі", "Русский"),
  forms: t("Forms", "Нысандар", "Формы"),
  formAnnex: t("Annex {n}", "{n}-қосымша", "Приложение {n}"),
  formsAll: t("All forms", "Барлық нысандар", "Все формы"),
  generate: t("Generate conclusion", "Қорытынды жасау", "Сформировать заключение"),
  cancel: t("Cancel", "Болдырмау", "Отмена"),
  chooseBody: t("Choose at least one body.", "Кемінде бір органды таңдаңыз.", "Выберите хотя бы один орган."),
  chooseLang: t(
    "Choose at least one language.",
    "Кемінде бір тілді таңдаңыз.",
    "Выберите хотя бы один язык.",
  ),
  chooseForm: t("Choose at least one form.", "Кемінде бір нысанды таңдаңыз.", "Выберите хотя бы одну форму."),
  progress: t(
    "Writing sheets: {done} of {total}",
    "Парақтар жазылуда: {done} / {total}",
    "Запись листов: {done} из {total}",
  ),
  generated: t(
    "{count} sheets added. Open a body's first sheet:",
    "{count} парақ қосылды. Органның бірінші парағын ашыңыз:",
    "Добавлено листов: {count}. Откройте первый лист органа:",
  ),
  importFallback: t(
    "Excel did not accept the forms as a file ({reason}), so they were written cell by cell: slower, the same content.",
    "Excel нысандарды файл ретінде қабылдамады ({reason}), сондықтан олар ұяшық бойынша жазылды: баяуырақ, мазмұны сол.",
    "Excel не принял формы файлом ({reason}), поэтому они записаны по ячейкам: медленнее, содержание то же.",
  ),
  cancelled: t(
    "Cancelled. {count} sheets had already been added:",
    "Болдырылмады. Оған дейін {count} парақ қосылған:",
    "Отменено. До отмены добавлено листов: {count}:",
  ),
  nothingToWrite: t(
    "There is nothing to write for this choice.",
    "Бұл таңдау бойынша жазылатын ештеңе жоқ.",
    "Для этого выбора нечего записывать.",
  ),
  openSheet: t("Open sheet {sheet}", "{sheet} парағын ашу", "Открыть лист {sheet}"),

  // Generate's target, the per-body summary and the file progress (issue 20, parts 4 and 5).
  targetLegend: t("Write the forms into", "Нысандарды жазу орны", "Куда записать формы"),
  targetNew: t(
    "New workbooks (one per language)",
    "Жаңа жұмыс кітаптары (әр тілге бір)",
    "Новые книги (по одной на язык)",
  ),
  targetThis: t("This workbook", "Осы жұмыс кітабы", "Эта книга"),
  undoWarning: t(
    "Excel cannot undo adding the sheets to this workbook, and it clears its undo history. Save the workbook first.",
    "Excel осы жұмыс кітабына парақтарды қосуды болдырмай алмайды және болдырмау тарихын тазалайды. Алдымен жұмыс кітабын сақтаңыз.",
    "Excel не может отменить добавление листов в эту книгу и очищает журнал отмены. Сначала сохраните книгу.",
  ),
  progressFile: t("File {n} of {m}", "{m} файлдың {n}-і", "Файл {n} из {m}"),
  bodyForms: t("{body}: {count} forms", "{body}: {count} нысан", "{body}: форм — {count}"),
  bodyFormsIn: t(
    "{body}: {count} forms, workbook {books}",
    "{body}: {count} нысан, жұмыс кітабы {books}",
    "{body}: форм — {count}, книга {books}",
  ),
  referenceForms: t("Reference annexes", "Анықтамалық қосымшалар", "Справочные приложения"),
  newWorkbooksOpened: t(
    "New workbooks opened: {count}. Save each of them:",
    "Ашылған жаңа жұмыс кітаптары: {count}. Әрқайсысын сақтаңыз:",
    "Открыто новых книг: {count}. Сохраните каждую:",
  ),
  newWorkbookLine: t(
    "Workbook {n}: {lang}, {bodies} bodies, {sheets} sheets, first sheet «{first}»",
    "{n}-жұмыс кітабы: {lang}, органдар: {bodies}, парақтар: {sheets}, бірінші парағы «{first}»",
    "Книга {n}: {lang}, органов: {bodies}, листов: {sheets}, первый лист «{first}»",
  ),
  bodyTooLarge: t(
    "The forms of {body} ({lang}) do not fit one request to Excel (4 MB): no new workbook was opened for them.",
    "{body} нысандары ({lang}) Excel-ге бір сұрауға (4 МБ) сыймайды: олар үшін жаңа жұмыс кітабы ашылмады.",
    "Формы органа {body} ({lang}) не помещаются в один запрос к Excel (4 МБ): новая книга для них не открыта.",
  ),
  newWorkbookFailed: t(
    "Excel could not open a new workbook ({reason}). {count} sheets were not opened; nothing is lost.",
    "Excel жаңа жұмыс кітабын аша алмады ({reason}). {count} парақ ашылмады; ештеңе жоғалған жоқ.",
    "Excel не смог открыть новую книгу ({reason}). Не открыто листов: {count}; ничего не потеряно.",
  ),
  writeLeftHere: t(
    "Write them into this workbook",
    "Оларды осы жұмыс кітабына жазу",
    "Записать их в эту книгу",
  ),

  // Repair OPEVAL cells (issue 20, part 3).
  repairTitle: t("OPEVAL cells", "OPEVAL ұяшықтары", "Ячейки OPEVAL"),
  repairIntro: t(
    "Cells with OPEVAL.* formulas show #NAME? where Excel calculated them without the add-in, and recalculating does not clear it. Repair writes their formulas again.",
    "Excel оларды қондырмасыз есептеген жерде OPEVAL.* формулалары бар ұяшықтар #NAME? көрсетеді, ал қайта есептеу мұны жоймайды. Жөндеу олардың формулаларын қайта жазады.",
    "Ячейки с формулами OPEVAL.* показывают #ИМЯ? (#NAME?), если Excel вычислил их без надстройки, и пересчёт этого не исправляет. Восстановление заново записывает их формулы.",
  ),
  repairRun: t("Repair OPEVAL cells", "OPEVAL ұяшықтарын жөндеу", "Восстановить ячейки OPEVAL"),
  repairNone: t(
    "No OPEVAL cell shows an error.",
    "Қате көрсететін OPEVAL ұяшығы жоқ.",
    "Ни одна ячейка OPEVAL не показывает ошибку.",
  ),
  repairDone: t(
    "Repaired {repaired} of {found} cells.",
    "{found} ұяшықтың {repaired} жөнделді.",
    "Восстановлено ячеек: {repaired} из {found}.",
  ),
  repairProtected: t(
    "Sheet {sheet} is protected: its {count} cells were skipped. Unprotect it (Review → Unprotect Sheet) and repair again.",
    "{sheet} парағы қорғалған: оның {count} ұяшығы өткізілді. Қорғауды алып (Рецензиялау → Парақты қорғаудан шығару), қайта жөндеңіз.",
    "Лист {sheet} защищён: его ячейки ({count}) пропущены. Снимите защиту (Рецензирование → Снять защиту листа) и повторите восстановление.",
  ),
  repairStill: t(
    "{count} cells still show an error. Where it is #NAME?, the add-in is not loaded: close and reopen the workbook (or reload the add-in), then repair again or re-enter the formula (F2, Enter). Any other error is the function's own answer.",
    "{count} ұяшық әлі де қате көрсетеді. #NAME? болса, қондырма жүктелмеген: жұмыс кітабын жауып, қайта ашыңыз (немесе қондырманы қайта жүктеңіз), содан кейін қайта жөндеңіз немесе формуланы қайта енгізіңіз (F2, Enter). Басқа қате — функцияның өз жауабы.",
    "Ячеек, всё ещё показывающих ошибку: {count}. Если это #ИМЯ? (#NAME?), надстройка не загружена: закройте и снова откройте книгу (или перезагрузите надстройку), затем повторите восстановление или введите формулу заново (F2, Enter). Другая ошибка — ответ самой функции.",
  ),

  resultsIntro: t(
    "Scores of the checked cohort. Click a column to sort.",
    "Тексерілген органдардың бағалары. Сұрыптау үшін бағанды басыңыз.",
    "Оценки проверенных органов. Нажмите на столбец для сортировки.",
  ),
  // The body's name opens its explanation (issue 23 item 15).
  resultsExplainHint: t(
    "Click a body's name to see how its scores were computed.",
    "Бағалары қалай есептелгенін көру үшін органның атауын басыңыз.",
    "Нажмите на название органа, чтобы увидеть, как рассчитаны его оценки.",
  ),
  cohortTable: t("Cohort scores", "Органдардың бағалары", "Оценки органов"),
  /** Column captions that fit a 320 px pane; the full direction name is their tooltip and label. */
  colServices: t("Serv.", "Қызм.", "Усл."),
  colOpenness: t("Open.", "Ашық.", "Откр."),
  colComplaints: t("Compl.", "Шағ.", "Жал."),
  colGeneral: t("Total", "Жалпы", "Общая"),
  filterType: t("Type of body", "Орган түрі", "Тип органа"),
  typeAll: t("All", "Барлығы", "Все"),
  explain: t("Explain", "Түсіндіру", "Пояснить"),
  explainFor: t("How {body} was scored", "{body} қалай бағаланды", "Как оценён орган: {body}"),
  explainOf: t("Explain the score of {body}", "{body} бағасын түсіндіру", "Пояснить оценку: {body}"),
  close: t("Close", "Жабу", "Закрыть"),
  overallScore: t("General score", "Жалпы баға", "Общая оценка"),
  source: t("Source", "Дереккөз", "Источник"),
  interpretation: t("Interpretation", "Түсіндірме", "Толкование"),
  noInterpretation: t("none", "жоқ", "нет"),
  insertRanking: t("Insert ranking sheet", "Рейтинг парағын қосу", "Вставить лист рейтинга"),
  rankingInserted: t("Sheet {sheet} added.", "{sheet} парағы қосылды.", "Лист {sheet} добавлен."),
  noScore: t("not computed", "есептелмеді", "не вычислена"),

  stepObjections: t("Objections", "Қарсылықтар", "Возражения"),
  // The Objections step names the sheets the analyst sees ({objections}, {holidays}: their names in
  // the workbook), states the deadline rule once, and calls annex 14 by its own name (issue 23 item 16).
  objectionsIntro: t(
    "Objections from the «{objections}» sheet. An objection is due within 5 working days of receiving the conclusion (§102), counted on Kazakhstan's calendar with the days of the «{holidays}» sheet.",
    "«{objections}» парағындағы қарсылықтар. Қарсылық қорытындыны алған күннен бастап 5 жұмыс күні ішінде жіберіледі (102-т.); күндер Қазақстан күнтізбесі мен «{holidays}» парағындағы күндер бойынша саналады.",
    "Возражения с листа «{objections}». Возражение подаётся в течение 5 рабочих дней со дня получения заключения (п. 102); дни считаются по календарю Казахстана с учётом листа «{holidays}».",
  ),
  readObjections: t("Read the objections again", "Қарсылықтарды қайта оқу", "Прочитать возражения заново"),
  noObjectionsTable: t(
    "This workbook has no objections table. The template (step 1) has it on its «{objections}» sheet, and the days off on its «{holidays}» sheet: insert the template into a new workbook, copy those two sheets here and add one row per objection.",
    "Бұл жұмыс кітабында қарсылықтар кестесі жоқ. Ол үлгінің (1-қадам) «{objections}» парағында, ал демалыс күндері «{holidays}» парағында бар: үлгіні жаңа жұмыс кітабына қосып, сол екі парақты осында көшіріңіз де, әр қарсылыққа бір жол толтырыңыз.",
    "В этой книге нет таблицы возражений. Она есть в шаблоне (шаг 1) на листе «{objections}», а выходные дни — на листе «{holidays}»: вставьте шаблон в новую книгу, скопируйте эти два листа сюда и добавьте по строке на каждое возражение.",
  ),
  noObjections: t(
    "The «{objections}» sheet has no objections yet: add one row per objection.",
    "«{objections}» парағында әзірге қарсылық жоқ: әр қарсылыққа бір жол қосыңыз.",
    "На листе «{objections}» пока нет возражений: добавьте по строке на каждое возражение.",
  ),
  objectionsSummary: t(
    "Objections: {count}. Accepted: {accepted}, rejected: {rejected}, late: {late}, pending: {pending}.",
    "Қарсылықтар: {count}. Қабылданды: {accepted}, қабылданбады: {rejected}, мерзімі өткен: {late}, қаралуда: {pending}.",
    "Возражений: {count}. Принято: {accepted}, не принято: {rejected}, с опозданием: {late}, на рассмотрении: {pending}.",
  ),
  objectionsList: t(
    "Objections and their deadlines",
    "Қарсылықтар және олардың мерзімдері",
    "Возражения и их сроки",
  ),
  objectionNo: t("No. {no}", "№ {no}", "№ {no}"),
  // The received and submitted dates are named by the objections table's own headers (OBJECTION_HEADERS).
  objectionDeadline: t("Deadline for the objection", "Қарсылық беру мерзімі", "Срок подачи возражения"),
  objectionCommission: t("Commission decides by", "Комиссия шешім шығаратын мерзім", "Комиссия решает до"),
  objectionStatus: t("Status", "Мәртебесі", "Статус"),
  statusOnTime: t("on time", "мерзімінде", "в срок"),
  statusLate: t("after the deadline", "мерзім өткеннен кейін", "после срока"),
  statusLateShort: t("late", "мерзімі өткен", "с опозданием"),
  statusAccepted: t("accepted", "қабылданды", "принято"),
  statusRejected: t("rejected", "қабылданбады", "не принято"),
  statusPending: t("pending", "қаралуда", "на рассмотрении"),
  noDate: t("no date", "күні жоқ", "дата не указана"),
  writeObjections: t(
    "Write the table of disagreements (annex 14) and corrected conclusions",
    "Қайшылықтар кестесін (14-қосымша) және түзетілген қорытындыларды жазу",
    "Записать таблицу разногласий (приложение 14) и исправленные заключения",
  ),
  objectionsWritten: t(
    "Corrected input values: {changes}; changed scores: {scores}.",
    "Түзетілген бастапқы мәндер: {changes}; өзгерген баллдар: {scores}.",
    "Исправлено исходных значений: {changes}; изменилось баллов: {scores}.",
  ),
  objectionsHaveErrors: t(
    "The objections on the «{objections}» sheet have errors. Fix them (click one to go to its cell), then write again.",
    "«{objections}» парағындағы қарсылықтарда қателер бар. Оларды түзетіп (ұяшығына өту үшін басыңыз), қайта жазыңыз.",
    "В возражениях на листе «{objections}» есть ошибки. Исправьте их (нажмите, чтобы перейти к ячейке) и запишите снова.",
  ),

  rankingSheet: t("Ranking", "Рейтинг", "Рейтинг"),
  rankingTitle: t(
    "Ranking of state bodies by the general score",
    "Мемлекеттік органдардың жалпы баға бойынша рейтингі",
    "Рейтинг государственных органов по общей оценке",
  ),
  rankingPeriod: t("Period: {period}", "Кезең: {period}", "Период: {period}"),
  rank: t("Place", "Орын", "Место"),

  previewTitle: t(
    "opeval — browser preview",
    "opeval — браузердегі алдын ала қарау",
    "opeval — просмотр в браузере",
  ),
  previewSheets: t("Workbook sheets", "Жұмыс кітабының парақтары", "Листы книги"),
  previewCell: t("Selected cell", "Таңдалған ұяшық", "Выбранная ячейка"),
  previewCellValue: t("Value of the selected cell", "Таңдалған ұяшықтың мәні", "Значение выбранной ячейки"),
  previewChart: t("Chart: {title}", "Диаграмма: {title}", "Диаграмма: {title}"),

  // "Share a copy" (taskpane/share.ts, steps/ShareSection.tsx).
  shareTitle: t("Share a copy", "Көшірмемен бөлісу", "Поделиться копией"),
  shareIntro: t(
    "Opens a copy of this workbook in a new window with every OPEVAL cell replaced by the value it shows. Save the copy and send it: a recipient without the add-in sees the same numbers, never #NAME?. Other formulas stay and recalculate as usual; this workbook is not changed.",
    "Осы жұмыс кітабының көшірмесін жаңа терезеде ашады: әр OPEVAL ұяшығы өзі көрсететін мәнмен ауыстырылады. Көшірмені сақтап, жіберіңіз: қондырмасы жоқ алушы #NAME? емес, дәл сол сандарды көреді. Басқа формулалар сақталып, әдеттегідей қайта есептеледі; бұл жұмыс кітабы өзгермейді.",
    "Открывает копию этой книги в новом окне, где каждая ячейка OPEVAL заменена показанным значением. Сохраните копию и отправьте её: получатель без надстройки увидит те же числа, а не #NAME?. Остальные формулы сохраняются и пересчитываются как обычно; эта книга не изменяется.",
  ),
  shareButton: t("Share a copy", "Көшірмемен бөлісу", "Поделиться копией"),
  shareOpened: t(
    "The copy is open in a new window: {cells} OPEVAL cells are values there. Save it under a new name and send that file.",
    "Көшірме жаңа терезеде ашылды: онда {cells} OPEVAL ұяшығы мәнге айналды. Оны жаңа атпен сақтап, сол файлды жіберіңіз.",
    "Копия открыта в новом окне: {cells} ячеек OPEVAL в ней стали значениями. Сохраните её под новым именем и отправьте этот файл.",
  ),
  shareWarnings: t("In the copy:", "Көшірмеде:", "В копии:"),
  shareWeb: t(
    "Excel on the web gives add-ins this workbook only as a PDF, so the copy cannot be made here. Open the workbook in Excel for Windows or Mac and use this button there, or download it and run: opeval share FILE.xlsx --out COPY.xlsx",
    "Интернеттегі Excel қондырмаларға бұл жұмыс кітабын тек PDF ретінде береді, сондықтан көшірмені мұнда жасау мүмкін емес. Жұмыс кітабын Windows немесе Mac үшін Excel-де ашып, осы батырманы сонда басыңыз, не оны жүктеп алып, мынаны орындаңыз: opeval share FILE.xlsx --out COPY.xlsx",
    "Excel в интернете отдаёт надстройкам эту книгу только как PDF, поэтому копию здесь сделать нельзя. Откройте книгу в Excel для Windows или Mac и нажмите эту кнопку там, либо скачайте её и выполните: opeval share FILE.xlsx --out COPY.xlsx",
  ),
  shareUnsupported: t(
    "This Excel cannot open a new workbook from an add-in (ExcelApi 1.8). Save the workbook and run: opeval share FILE.xlsx --out COPY.xlsx",
    "Бұл Excel қондырмадан жаңа жұмыс кітабын аша алмайды (ExcelApi 1.8). Жұмыс кітабын сақтап, мынаны орындаңыз: opeval share FILE.xlsx --out COPY.xlsx",
    "Этот Excel не может открыть новую книгу из надстройки (ExcelApi 1.8). Сохраните книгу и выполните: opeval share FILE.xlsx --out COPY.xlsx",
  ),
  shareRefused: t(
    "No copy was made: these cells have no value to keep.",
    "Көшірме жасалмады: бұл ұяшықтарда сақталатын мән жоқ.",
    "Копия не создана: в этих ячейках нет значения, которое можно сохранить.",
  ),
  shareDamaged: t(
    "No copy was made: the workbook's file is damaged ({part}). Save the workbook again and retry.",
    "Көшірме жасалмады: жұмыс кітабының файлы бүлінген ({part}). Жұмыс кітабын қайта сақтап, қайталаңыз.",
    "Копия не создана: файл книги повреждён ({part}). Сохраните книгу снова и повторите.",
  ),
  shareReadFailed: t(
    "Excel did not hand over the workbook's file: {detail}. Nothing was changed; save the workbook and retry, or use opeval share.",
    "Excel жұмыс кітабының файлын бермеді: {detail}. Ештеңе өзгермеді; жұмыс кітабын сақтап, қайталаңыз немесе opeval share қолданыңыз.",
    "Excel не передал файл книги: {detail}. Ничего не изменено; сохраните книгу и повторите или используйте opeval share.",
  ),
  shareOpenFailed: t(
    "The copy was made but Excel did not open it: {detail}. Nothing was changed; retry, or use opeval share.",
    "Көшірме жасалды, бірақ Excel оны ашпады: {detail}. Ештеңе өзгермеді; қайталаңыз немесе opeval share қолданыңыз.",
    "Копия создана, но Excel её не открыл: {detail}. Ничего не изменено; повторите или используйте opeval share.",
  ),

  // Import received conclusions (issue 24; steps/ReceivedSection.tsx): the other authorities'
  // results files added to the Received sheet (its title is the section's heading).
  receivedHelp: t(
    "The results files sent by the authorities that assess openness, complaints and K3 (opeval results, .json or .xlsx): their rows are added to the sheet «{sheet}». A received direction is not recomputed. A file with an error adds nothing.",
    "Ашықтықты, шағымдарды және K3-ті бағалайтын уәкілетті органдар жіберген нәтижелер файлдары (opeval results, .json немесе .xlsx): олардың жолдары «{sheet}» парағына қосылады. Алынған бағыт қайта есептелмейді. Қатесі бар файл ештеңе қоспайды.",
    "Файлы результатов, присланные уполномоченными органами, оценивающими открытость, жалобы и K3 (opeval results, .json или .xlsx): их строки добавляются на лист «{sheet}». Полученное направление не пересчитывается. Файл с ошибкой ничего не добавляет.",
  ),
  receivedImport: t(
    "Import received conclusions…",
    "Алынған қорытындыларды импорттау…",
    "Импортировать полученные заключения…",
  ),
  receivedFileLabel: t(
    "Results files (.json, .xlsx)",
    "Нәтижелер файлдары (.json, .xlsx)",
    "Файлы результатов (.json, .xlsx)",
  ),
  receivedAdded: t(
    "{file}: {count} rows added ({direction})",
    "{file}: {count} жол қосылды ({direction})",
    "{file}: добавлено строк: {count} ({direction})",
  ),
  receivedSheetCreated: t(
    "The workbook had no sheet «{sheet}»: it was added.",
    "Жұмыс кітабында «{sheet}» парағы жоқ еді: ол қосылды.",
    "В книге не было листа «{sheet}»: он добавлен.",
  ),
  receivedNoRows: t(
    "The files hold no rows: nothing was added.",
    "Файлдарда жол жоқ: ештеңе қосылмады.",
    "В файлах нет строк: ничего не добавлено.",
  ),
  receivedRefused: t(
    "Nothing was added to the workbook. Correct these and import all the files again:",
    "Жұмыс кітабына ештеңе қосылмады. Мыналарды түзетіп, барлық файлды қайта импорттаңыз:",
    "В книгу ничего не добавлено. Исправьте следующее и импортируйте все файлы снова:",
  ),
  receivedNext: t(
    "Next: step 2 «{step}» checks the workbook with the received conclusions.",
    "Келесі: 2-қадам «{step}» жұмыс кітабын алынған қорытындылармен тексереді.",
    "Далее: шаг 2 «{step}» проверит книгу с полученными заключениями.",
  ),
  receivedNoWorkbookReader: t(
    "This Excel cannot unpack .xlsx files in the pane ({files}): import the .json results documents, or paste the rows. Nothing was added.",
    "Бұл Excel тақтада .xlsx файлдарын аша алмайды ({files}): нәтижелердің .json құжаттарын импорттаңыз немесе жолдарды қойыңыз. Ештеңе қосылмады.",
    "Этот Excel не может распаковать файлы .xlsx в панели ({files}): импортируйте документы результатов .json или вставьте строки. Ничего не добавлено.",
  ),
  receivedUnavailable: t(
    "This Excel cannot add rows to a table from the pane: paste the rows into the sheet «{sheet}».",
    "Бұл Excel тақтадан кестеге жол қоса алмайды: жолдарды «{sheet}» парағына қойыңыз.",
    "Этот Excel не может добавить строки в таблицу из панели: вставьте строки на лист «{sheet}».",
  ),

  // The analyst's guide (docs/guide/kk.md, ru.md, served as guide/<lang>.html; App.tsx).
  guideLink: t("Analyst's guide (in Russian)", "Талдаушыға арналған нұсқаулық", "Руководство аналитика"),
} as const satisfies Record<string, Term>;

export type UiTextKey = keyof typeof UI_TEXT;

/** The text of `key` in `lang`, with `{name}` replaced by `params.name`. */
export function uiText(key: UiTextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(UI_TEXT[key][lang], params);
}

/** The pane's language for an Office display language such as `kk-KZ`, `ru-RU` or `en-US`. */
export function paneLanguage(displayLanguage: string | undefined): Lang {
  const primary = (displayLanguage ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "kk" ? "kk" : primary === "ru" ? "ru" : "en";
}
