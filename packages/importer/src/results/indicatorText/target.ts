import { compare, parseDecimal } from "@grant-ledger/core";
import { figureOf, numberSource } from "./number";

type Bound = "atLeast" | "atMost" | "moreThan" | "lessThan";

/** The JSON of the core's indicator `Target`, values as canonical decimal strings. */
export type TargetJson =
  | { readonly comparator: Bound | "equal"; readonly value: string }
  | { readonly comparator: "between"; readonly low: string; readonly high: string }
  | {
      readonly comparator: "changeFromBaseline";
      readonly measure: "absolute" | "percent";
      readonly bound: Bound;
      readonly value: string;
    };

type Groups = Record<string, string | undefined>;
interface Rule {
  readonly pattern: RegExp;
  readonly build: (g: Groups) => TargetJson | undefined;
}

const N = numberSource();
const rx = (source: string) => new RegExp(`(?:^|[^\\p{L}])${source}`, "iu");
const negate = (v: string) => (v === "0" ? v : v.startsWith("-") ? v.slice(1) : `-${v}`);

const absolute = (comparator: Bound | "equal") => (g: Groups) => {
  const value = g.n === undefined ? undefined : figureOf(g.n);
  return value === undefined ? undefined : { comparator, value };
};

/** A change by a figure: percent when printed with `%`, else in the indicator's unit; falls are negative. */
const changeBy = (bound: Bound, falls: boolean) => (g: Groups) => {
  const value = g.n === undefined ? undefined : figureOf(g.n);
  if (value === undefined) return undefined;
  return {
    comparator: "changeFromBaseline" as const,
    measure: g.pct === undefined ? ("absolute" as const) : ("percent" as const),
    bound,
    value: falls ? negate(value) : value,
  };
};

const direction = (bound: Bound) => () => ({
  comparator: "changeFromBaseline" as const,
  measure: "absolute" as const,
  bound,
  value: "0",
});

const RISE = "(?:toegenomen|gestegen|gegroeid|stijgt|stijging|groeit|toename|neemt\\s+toe|verhoogd)";
const FALL = "(?:afgenomen|gedaald|daalt|daling|afname|neemt\\s+af|verminderd|verlaagd)";

/**
 * Target phrases, first match wins, so a negated or longer phrase comes before the phrase it
 * contains ("niet meer dan" before "meer dan"). Each rule names the comparator the core
 * evaluates; a phrase with no rule stays to be determined.
 */
const RULES: readonly Rule[] = [
  {
    pattern: rx(`tussen\\s+${numberSource("A")}\\s*(?:en|tot)\\s+${numberSource("B")}`),
    build: (g) => {
      const [low, high] = [g.nA, g.nB].map((n) => (n === undefined ? undefined : figureOf(n)));
      if (low === undefined || high === undefined) return undefined;
      const [l, h] = [parseDecimal(low), parseDecimal(high)];
      if (l === undefined || h === undefined || compare(l, h) > 0) return undefined;
      return { comparator: "between", low, high };
    },
  },
  // "t.a.v. 2005 toegenomen met 100 %", "met 10% afgenomen"
  { pattern: rx(`${RISE}\\s+met\\s+${N}`), build: changeBy("atLeast", false) },
  { pattern: rx(`met\\s+${N}\\s*${RISE}`), build: changeBy("atLeast", false) },
  { pattern: rx(`${FALL}\\s+met\\s+${N}`), build: changeBy("atMost", true) },
  { pattern: rx(`met\\s+${N}\\s*${FALL}`), build: changeBy("atMost", true) },
  // "daalt naar 30%", "stijgt naar 80%": the level to reach
  { pattern: rx(`${FALL}\\s+(?:naar|tot)\\s+${N}`), build: absolute("atMost") },
  { pattern: rx(`${RISE}\\s+(?:naar|tot)\\s+${N}`), build: absolute("atLeast") },
  {
    pattern: rx(
      `(?:niet\\s+(?:boven|meer\\s+dan|hoger\\s+dan)|maximaal|hoogstens|ten\\s+hoogste|hooguit|max\\.)\\s*${N}`,
    ),
    build: absolute("atMost"),
  },
  {
    pattern: rx(
      `(?:niet\\s+(?:onder|minder\\s+dan|lager\\s+dan)|minimaal|tenminste|ten\\s+minste|minstens|min\\.)\\s*${N}`,
    ),
    build: absolute("atLeast"),
  },
  { pattern: rx(`(?:minder|lager|kleiner)\\s+dan\\s+${N}`), build: absolute("lessThan") },
  { pattern: rx(`(?:meer|hoger|groter)\\s+dan\\s+${N}`), build: absolute("moreThan") },
  { pattern: rx(`(?:precies|exact|gelijk\\s+aan)\\s+${N}`), build: absolute("equal") },
  // Directions without a figure, against the baseline: "neemt niet toe", "is lager dan het aantal op peildatum 2015".
  {
    pattern: rx("(?:neemt\\s+niet\\s+toe|stijgt\\s+niet|niet\\s+(?:toe|gestegen))"),
    build: direction("atMost"),
  },
  {
    pattern: rx("(?:neemt\\s+niet\\s+af|daalt\\s+niet|niet\\s+(?:af|gedaald))"),
    build: direction("atLeast"),
  },
  {
    pattern: rx("(?:lager|minder)\\s+dan\\s+(?:het\\s+aantal\\s+)?(?:op\\s+)?(?:de\\s+)?(?:peil|nulmeting)"),
    build: direction("lessThan"),
  },
  {
    pattern: rx("(?:hoger|meer)\\s+dan\\s+(?:het\\s+aantal\\s+)?(?:op\\s+)?(?:de\\s+)?(?:peil|nulmeting)"),
    build: direction("moreThan"),
  },
  { pattern: rx(`${FALL}(?![\\p{L}])`), build: direction("lessThan") },
  { pattern: rx(`${RISE}(?![\\p{L}])`), build: direction("moreThan") },
];

/**
 * The target a municipality wrote into an indicator's text, or undefined when the text states
 * none that a rule reads. Never a guess: a figure that does not read as a Dutch number, or a
 * "between" whose bounds are reversed, is no target.
 */
export const parseTarget = (text: string): TargetJson | undefined => {
  const normalised = text.replace(/\s+/g, " ").trim();
  for (const rule of RULES) {
    const m = rule.pattern.exec(normalised);
    if (m === null) continue;
    const target = rule.build(m.groups ?? {});
    if (target !== undefined) return target;
  }
  return undefined;
};
