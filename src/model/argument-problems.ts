/**
 * The messages of a value that cannot be scored (a count, a share, a choice, a date, a weight, a
 * direction without data), which both the engine's validation and the custom functions' arguments
 * raise. Part of the one catalogue (PROBLEM_MESSAGES spreads it in); a module of its own so that
 * functions.js carries these messages and not the whole catalogue of files, workbooks and the CLI.
 */
import type { Lang } from "./types";

export const ARGUMENT_MESSAGES = {
  expectedNumber: {
    en: "must be a number, got {got}",
    kk: "сан болуы тиіс, берілгені: {got}",
    ru: "должно быть числом, получено: {got}",
  },
  expectedCount: {
    en: "must be a whole number ≥ 0, got {got}",
    kk: "0-ден кем емес бүтін сан болуы тиіс, берілгені: {got}",
    ru: "должно быть целым числом ≥ 0, получено: {got}",
  },
  expectedNonNegative: {
    en: "must be a number ≥ 0, got {got}",
    kk: "0-ден кем емес сан болуы тиіс, берілгені: {got}",
    ru: "должно быть числом ≥ 0, получено: {got}",
  },
  expectedBoolean: {
    en: "must be true or false, got {got}",
    kk: "true (иә) немесе false (жоқ) болуы тиіс, берілгені: {got}",
    ru: "должно быть true (да) или false (нет), получено: {got}",
  },
  expectedText: {
    en: "must be non-empty text, got {got}",
    kk: "бос емес мәтін болуы тиіс, берілгені: {got}",
    ru: "должно быть непустым текстом, получено: {got}",
  },
  expectedFulfilment: {
    en: 'must be a fulfilment from 0 to 1, true/false or "na", got {got}',
    kk: '0-ден 1-ге дейінгі орындалу үлесі, true/false немесе "na" болуы тиіс, берілгені: {got}',
    ru: 'должно быть долей выполнения от 0 до 1, true/false или "na", получено: {got}',
  },
  expectedBreach: {
    en: "must be true/false or a count of organisations in breach, got {got}",
    kk: "true/false немесе бұзушылығы бар ұйымдар саны болуы тиіс, берілгені: {got}",
    ru: "должно быть true/false или числом организаций с нарушением, получено: {got}",
  },
  expectedFacts: {
    en: 'must be a count of facts or a list of {"text": …}, got {got}',
    kk: 'фактілер саны немесе {"text": …} тізімі болуы тиіс, берілгені: {got}',
    ru: 'должно быть числом фактов или списком {"text": …}, получено: {got}',
  },
  outOfRange: {
    en: "must be between {min} and {max}, got {got}",
    kk: "{min} мен {max} аралығында болуы тиіс, берілгені: {got}",
    ru: "должно быть от {min} до {max}, получено: {got}",
  },
  missingField: {
    en: "required field is missing",
    kk: "міндетті өріс толтырылмаған",
    ru: "обязательное поле отсутствует",
  },
  unknownKey: {
    en: 'unknown field "{key}"',
    kk: 'белгісіз өріс "{key}"',
    ru: 'неизвестное поле "{key}"',
  },
  duplicateId: {
    en: 'the id "{id}" is used by more than one body',
    kk: '"{id}" идентификаторы бірнеше органға берілген',
    ru: 'идентификатор "{id}" указан у нескольких органов',
  },
  unknownType: {
    en: 'body type must be "central" or "local", got {got}',
    kk: 'орган түрі "central" (орталық) немесе "local" (жергілікті) болуы тиіс, берілгені: {got}',
    ru: 'тип органа должен быть "central" (центральный) или "local" (местный), получено: {got}',
  },
  unknownExemption: {
    en: 'exemption must be "nationalBank" or "defence", got {got}',
    kk: 'ерекшелік "nationalBank" немесе "defence" болуы тиіс, берілгені: {got}',
    ru: 'исключение должно быть "nationalBank" или "defence", получено: {got}',
  },
  unknownMethodology: {
    en: 'methodology edition {got} is not known; only "2020" is implemented',
    kk: 'әдістеме редакциясы {got} белгісіз; тек "2020" іске асырылған',
    ru: 'редакция методики {got} неизвестна; реализована только "2020"',
  },
  numeratorAboveDenominator: {
    en: "{numerator} = {numeratorValue} cannot exceed {denominator} = {denominatorValue}",
    kk: "{numerator} = {numeratorValue} мәні {denominator} = {denominatorValue} мәнінен аспауы тиіс",
    ru: "{numerator} = {numeratorValue} не может превышать {denominator} = {denominatorValue}",
  },
  automationRequired: {
    en: "a central body needs the automation figures (criterion K3, §49–55)",
    kk: "орталық мемлекеттік орган үшін автоматтандыру көрсеткіштері қажет (K3 өлшемі, 49–55-т.)",
    ru: "для центрального государственного органа нужны показатели автоматизации (критерий K3, п. 49–55)",
  },
  automationNotAllowed: {
    en: "a local body has no automation criterion (K3 is for central bodies only)",
    kk: "жергілікті атқарушы органда автоматтандыру өлшемі жоқ (K3 тек орталық органдарға)",
    ru: "у местного исполнительного органа нет критерия автоматизации (K3 только для центральных органов)",
  },
  noMonitoredPeer: {
    en: "no service of this body was monitored and no other {type} body in the cohort was either, so P1 cannot be computed (I-2)",
    kk: "органның қызметтері мониторингке енгізілмеген, жиынтықта мониторингтен өткен басқа {type} орган да жоқ, сондықтан P1 есептелмейді (I-2)",
    ru: "услуги органа не были в мониторинге, и в когорте нет другого органа типа {type} с мониторингом, поэтому P1 не вычисляется (I-2)",
  },
  noUnclassifiedPeer: {
    en: "the budget is classified, but no other {type} body in the cohort has an open budget to average (I-13)",
    kk: "бюджет құпия, бірақ жиынтықта орташасын алуға болатын ашық бюджеті бар басқа {type} орган жоқ (I-13)",
    ru: "бюджет засекречен, но в когорте нет другого органа типа {type} с открытым бюджетом для расчёта среднего (I-13)",
  },
  badWeights: {
    en: "each of the three weights must be 0 or a number from {min} to {max}, at least one of them above 0; got {got}",
    kk: "үш салмақтың әрқайсысы 0 немесе {min}-ден {max}-ге дейінгі сан болуы тиіс, кемінде біреуі 0-ден үлкен; берілгені: {got}",
    ru: "каждый из трёх весов должен быть 0 или числом от {min} до {max}, хотя бы один больше 0; получено: {got}",
  },
  directionMissing: {
    en: "direction {direction} has no data yet, so the general score is not computed (I-16)",
    kk: "{direction} бағыты бойынша деректер жоқ, сондықтан жалпы бағалау есептелмеді (I-16)",
    ru: "по направлению {direction} нет данных, поэтому общая оценка не вычислена (I-16)",
  },
  noWeightedDirection: {
    en: "no assessed direction has a positive weight, so the general score is not computed",
    kk: "бағаланған бағыттардың ешқайсысының салмағы оң емес, жалпы бағалау есептелмеді",
    ru: "ни у одного оценённого направления нет положительного веса, общая оценка не вычислена",
  },
  expectedDate: {
    en: "must be a date (YYYY-MM-DD, DD.MM.YYYY or a date cell), got {got}",
    kk: "күн болуы тиіс (ЖЖЖЖ-АА-КК, КК.АА.ЖЖЖЖ немесе күн форматындағы ұяшық), берілгені: {got}",
    ru: "должно быть датой (ГГГГ-ММ-ДД, ДД.ММ.ГГГГ или ячейка с датой), получено: {got}",
  },
  expectedDayKind: {
    en: 'must be "working" or "non-working" (жұмыс / демалыс, рабочий / нерабочий), got {got}',
    kk: '"жұмыс" немесе "демалыс" болуы тиіс (working / non-working, рабочий / нерабочий), берілгені: {got}',
    ru: 'должно быть "рабочий" или "нерабочий" (жұмыс / демалыс, working / non-working), получено: {got}',
  },
  noWorkingDay: {
    en: "no working day within a year of {date}: check the opeval_Holidays table",
    kk: "{date} күнінен кейін бір жыл ішінде жұмыс күні жоқ: opeval_Holidays кестесін тексеріңіз",
    ru: "в течение года от {date} нет ни одного рабочего дня: проверьте таблицу opeval_Holidays",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ArgumentProblemCode = keyof typeof ARGUMENT_MESSAGES;
