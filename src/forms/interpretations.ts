/**
 * The register of interpretations I-1…I-18 (docs/METHODOLOGY.md, beside each rule): the choices opeval
 * makes where the Methodology is silent or ambiguous, each with the paragraph it interprets and the
 * rule applied, in kk, ru and en. The ids are ours, not the Methodology's: they appear in
 * explanations (task pane, `score`, `=OPEVAL.EXPLAIN`), in docs/INTERPRETATIONS.md and on the
 * reference sheet below — never on a signed form.
 */
import type { Lang } from "../model/types";
import type { SheetSpec } from "../sheet/spec";
import { FormBuilder, title, type FormSheet } from "./layout";

type Text = Readonly<Record<Lang, string>>;

export interface Interpretation {
  id: string;
  /** The Methodology's paragraph or annex interpreted. */
  where: Text;
  rule: Text;
}

const t = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });

export const INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: "I-1",
    where: t(
      "32-тармақ, 6-қосымша; 97-тармақ, 13-қосымша",
      "пункт 32, приложение 6; пункт 97, приложение 13",
      "§32, annex 6; §97, annex 13",
    ),
    rule: t(
      "«4,6–4,79», «80–89,9» түріндегі аралықтар төменгі шекарасымен қоса, жоғарғысынсыз оқылады: ешбір мән аралықтардың арасына түспейді.",
      "Интервалы вида «4,6–4,79», «80–89,9» читаются как включающие нижнюю границу и не включающие верхнюю: ни одно значение не попадает между интервалами.",
      "Bands written “4.6–4.79”, “80–89.9” are closed at the bottom and open at the top, so no value falls between bands.",
    ),
  },
  {
    id: "I-2",
    where: t("32-тармақ (P1)", "пункт 32 (P1)", "§32 (P1)"),
    rule: t(
      "Қызметтері қоғамдық мониторингке қамтылмаған органның P1 мәні бірге бағаланатын сол түрдегі мониторингке қамтылған органдардың P1 орташа мәніне тең; ондай орган болмаса, P1 есептелмейді (қате).",
      "P1 органа, услуги которого не охвачены общественным мониторингом, равен среднему P1 охваченных мониторингом органов того же типа в оцениваемой совокупности; если таких нет, P1 не рассчитывается (ошибка).",
      "The P1 of a body with no monitored service is the mean P1 of the monitored bodies of the same type scored with it; with none, P1 cannot be computed (error).",
    ),
  },
  {
    id: "I-3",
    where: t("34-тармақ, 2-қосымша (P2)", "пункт 34, приложение 2 (P2)", "§34, annex 2 (P2)"),
    rule: t(
      "Жергілікті органдар үшін P2 формуласындағы k = 20 (2-қосымшадағы салмақ), мәтіндегі 10 емес: көрсеткіштің ең жоғарғы мәні оның салмағына тең.",
      "Для местных органов k в формуле P2 равно 20 (вес по приложению 2), а не 10 из текста: максимум показателя равен его весу.",
      "For local bodies k in P2 is 20 (the annex 2 weight), not the 10 of the text, so the maximum equals the weight.",
    ),
  },
  {
    id: "I-4",
    where: t("49–55-тармақтар (K3)", "пункты 49–55 (K3)", "§49–55 (K3)"),
    rule: t(
      "K3 = T + V + B − P мәні 0…25 аралығымен шектеледі.",
      "K3 = T + V + B − P ограничивается диапазоном 0…25.",
      "K3 = T + V + B − P is clamped to 0…25.",
    ),
  },
  {
    id: "I-5",
    where: t(
      "10-қосымша (ашықтық индикаторлары)",
      "приложение 10 (индикаторы открытости)",
      "annex 10 (openness indicators)",
    ),
    rule: t(
      "Ашықтық индикаторының балы әр тіл нұсқасы бойынша салмақ × орындалу үлесі ретінде есептеледі.",
      "Балл индикатора открытости по каждой языковой версии равен весу, умноженному на долю выполнения.",
      "An openness indicator scores weight × fulfilment in each language version.",
    ),
  },
  {
    id: "I-6",
    where: t(
      "10-қосымша, 2 және 6-кестелер («*»)",
      "приложение 10, таблицы 2 и 6 («*»)",
      "annex 10, tables 2 and 6 (“*”)",
    ),
    rule: t(
      "Ұлттық Банкке немесе Қорғаныс министрлігіне қолданылмайтын («*») индикатор осы орган үшін ең жоғарғы балл алады; бұл ереже басқа ережелерден басым.",
      "Индикатор, не применяемый («*») к Национальному Банку или Министерству обороны, получает для этого органа максимальный балл; это правило имеет приоритет над остальными.",
      "An indicator marked “*” (not applied to the National Bank or the Ministry of Defence) scores its maximum for that body, before every other rule.",
    ),
  },
  {
    id: "I-7",
    where: t(
      "10-қосымша, 6-кесте, 2-индикатор",
      "приложение 10, таблица 6, индикатор 2",
      "annex 10, table 6, indicator 2",
    ),
    rule: t(
      "Блог-платформаға сұрақ түспесе, индикатор ең жоғарғы балл алады.",
      "Если на блог-платформу не поступило вопросов, индикатор получает максимальный балл.",
      "With no question received on the blog platform the indicator scores its maximum.",
    ),
  },
  {
    id: "I-8",
    where: t(
      "10-қосымша, 8–10-кестелер (P5)",
      "приложение 10, таблицы 8–10 (P5)",
      "annex 10, tables 8–10 (P5)",
    ),
    rule: t(
      "Ведомстволық бағынысты ұйымдардың бұзушылығы бұзушы ұйымдардың санына қарамастан әр индикатор мен тіл бойынша бір рет есептеледі.",
      "Нарушение подведомственных организаций учитывается один раз по каждому индикатору и языку, сколько бы организаций его ни допустили.",
      "A subordinate organisations' violation counts once per indicator and language, however many organisations are in breach.",
    ),
  },
  {
    id: "I-9",
    where: t("96–98-тармақтар, 13-қосымша (R4)", "пункты 96–98, приложение 13 (R4)", "§96–98, annex 13 (R4)"),
    rule: t(
      "Мерзімі бұзылып қаралған шағым болмаса, R4 = 10.",
      "Если рассмотрений с нарушением сроков не было, R4 = 10.",
      "With no late review R4 = 10.",
    ),
  },
  {
    id: "I-10",
    where: t(
      "34, 43–46, 50–51, 90–95-тармақтар",
      "пункты 34, 43–46, 50–51, 90–95",
      "§34, §43–46, §50–51, §90–95",
    ),
    rule: t(
      "Бөлімі нөлге тең көрсеткіш ең жоғарғы балл алады (бұзушылық мүмкін болмаған).",
      "Показатель с нулевым знаменателем получает максимальный балл (нарушение было невозможно).",
      "A rate with a zero denominator scores the indicator's maximum (no violation was possible).",
    ),
  },
  {
    id: "I-11",
    where: t("100-тармақ", "пункт 100", "§100"),
    rule: t(
      "Жалпы баға – үш бағыттың қорытынды бағаларының (әдепкі салмақтар 1/3) орташа мәні, 0–100 шкаласында.",
      "Общая оценка – среднее итоговых оценок трех направлений (веса по умолчанию по 1/3), по шкале 0–100.",
      "The general score is the mean of the three direction finals (default weights 1/3 each), on the 0–100 scale.",
    ),
  },
  {
    id: "I-12",
    where: t("97-тармақ (R4)", "пункт 97 (R4)", "§97 (R4)"),
    rule: t(
      "R4 бөлімі – мерзімі бұзылып қаралғандардан тәртіптік жауапкершілікке тарту объективті мүмкін болмағандарын алып тастағандағы саны.",
      "Знаменатель R4 – число рассмотрений с нарушением сроков за вычетом тех, по которым привлечение к дисциплинарной ответственности было объективно невозможно.",
      "R4's denominator is the late reviews less those where disciplinary action was objectively impossible.",
    ),
  },
  {
    id: "I-13",
    where: t("68-тармақ (құпия бюджет)", "пункт 68 (секретный бюджет)", "§68 (classified budget)"),
    rule: t(
      "Бюджеті құпия органның ашық бюджет индикаторлары бюджеті құпия емес сол түрдегі органдардың индикатор мен тіл бойынша орташа мәніне тең.",
      "Индикаторы открытого бюджета органа с секретным бюджетом равны средним значениям органов того же типа с несекретным бюджетом по каждому индикатору и языку.",
      "A classified budget's indicators take the mean, per indicator and language, of the same-type bodies whose budget is not classified.",
    ),
  },
  {
    id: "I-14",
    where: t("68-тармақ (хабарландырулар)", "пункт 68 (объявления)", "§68 (announcements)"),
    rule: t(
      "Хабарландыру ережесі тіл бойынша бірде-бір хабарландыру жарияланбаған жағдайда қолданылады.",
      "Правило об объявлениях применяется по языку, если не было опубликовано ни одного объявления.",
      "The announcement rule applies per language when no announcement was published at all.",
    ),
  },
  {
    id: "I-15",
    where: t("68 және 73-тармақтар", "пункты 68 и 73", "§68 and §73"),
    rule: t(
      "«Бағалауға жатпайды» деп енгізілген индикатор нөлге теңестіру ережесіне қарамастан ең жоғарғы балын сақтайды.",
      "Индикатор, введенный как «не подлежит оценке», сохраняет максимальный балл независимо от правил обнуления.",
      "An indicator entered “na” keeps its maximum whatever zeroing rule applies.",
    ),
  },
  {
    id: "I-16",
    where: t("56 және 100-тармақтар", "пункты 56 и 100", "§56 and §100"),
    rule: t(
      "Органға қолданылмайтын бағыт бағаланбайды және жалпы бағаға кірмейді; деректері енгізілмеген бағыт болса, жалпы баға есептелмейді.",
      "Направление, не применимое к органу, не оценивается и не входит в общую оценку; если данные направления не введены, общая оценка не рассчитывается.",
      "A direction that does not apply is not assessed and is left out of the general score; a direction not entered leaves the general score uncomputed.",
    ),
  },
  {
    id: "I-17",
    where: t("32-тармақ (P1)", "пункт 32 (P1)", "§32 (P1)"),
    rule: t(
      "P1 формуласындағы n – органның бағасы бар қызмет түрлерінің саны.",
      "n в формуле P1 – число видов услуг органа, имеющих оценку.",
      "P1's n is the number of the body's service types that have a rating.",
    ),
  },
  {
    id: "I-18",
    where: t("101-тармақ; барлық нысандар", "пункт 101; все формы", "§101; every form"),
    rule: t(
      "Шекаралар 1e-9 дәлдікпен салыстырылады; әр балл дәл есептеледі, нысандарда екі ондық белгіге дейін қысқартылып басылады (дөңгелектенбейді), деңгейі дәл мән бойынша анықталады; сондықтан басылған қосылғыштардың сомасы басылған жиынтықтан бірнеше жүздікке өзгеше болуы мүмкін, мұндай кестенің астында ескертпе басылады.",
      "Пороги сравниваются с допуском 1e-9; каждый балл рассчитывается точно, печатается на формах усеченным до двух знаков после запятой (без округления), а уровень определяется по точному значению; поэтому сумма напечатанных слагаемых может отличаться от напечатанного итога на несколько сотых, и под такой таблицей печатается примечание.",
      "Thresholds compare with a tolerance of 1e-9; every score is computed exactly, printed on the forms truncated to two decimals (never rounded), and its level is decided on the exact value; so printed parts may miss their printed total by a few hundredths, and such a table carries a note.",
    ),
  },
];

const HEAD: Readonly<Record<Lang, { title: string; note: string; id: string; where: string; rule: string }>> =
  {
    kk: {
      title: "opeval түсіндірмелерінің тізілімі (I-1…I-18)",
      note: "Анықтамалық парақ: ресми нысан емес. I-n белгілері Әдістеменің емес, opeval-дың белгілері.",
      id: "Белгі",
      where: "Әдістеменің тармағы",
      rule: "Қолданылатын ереже",
    },
    ru: {
      title: "Реестр толкований opeval (I-1…I-18)",
      note: "Справочный лист, не официальная форма. Обозначения I-n принадлежат opeval, а не Методике.",
      id: "Обозначение",
      where: "Пункт Методики",
      rule: "Применяемое правило",
    },
    en: {
      title: "Register of opeval's interpretations (I-1…I-18)",
      note: "Reference sheet, not an official form. The I-n ids are opeval's, not the Methodology's.",
      id: "Id",
      where: "Methodology paragraph",
      rule: "Rule applied",
    },
  };

/** Widths: id | paragraph (B:C) | rule (D:F). */
const WIDTHS = [10, 14, 14, 20, 20, 20] as const;

/** The register as a reference sheet (for the task pane and `opeval template`). */
export function interpretationsSheet(lang: Lang, name: string): SheetSpec {
  return interpretationsForm(lang, name).spec;
}

export function interpretationsForm(lang: Lang, name: string): FormSheet {
  const h = HEAD[lang];
  const b = new FormBuilder(WIDTHS, lang === "en" ? "ru" : lang);
  title(b, h.title);
  b.text(h.note, { italic: true, size: 10 });
  b.spacer();
  const head = b.row([h.id, h.where, null, h.rule]);
  b.merge(head, 2, 3);
  b.merge(head, 4, 6);
  b.style(head, 1, head, 6, { bold: true, hAlign: "center", vAlign: "middle", wrap: true });
  b.heights[head] = 20;
  for (const i of INTERPRETATIONS) {
    const r = b.row([i.id, i.where[lang], null, i.rule[lang]]);
    b.merge(r, 2, 3);
    b.merge(r, 4, 6);
    b.heights[r] = Math.max(b.lines(i.where[lang], 2, 3), b.lines(i.rule[lang], 4, 6)) * 15 + 4;
  }
  b.table(head, head, b.last);
  b.style(head, 1, b.last, 6, { border: "all", wrap: true, vAlign: "top" });
  return b.build(name, "reference");
}
