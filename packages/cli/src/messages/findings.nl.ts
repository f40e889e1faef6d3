import type { FindingFormats, FindingWords, ShiftValues } from "@grant-ledger/core";
import { dutchRole, dutchRoles } from "./roles.nl";

const who = (person: string, organisation: string, role: string) =>
  `${person} (${organisation}, ${dutchRole(role)})`;
const DIRECTION: Readonly<Record<string, string>> = { decrease: "dalen", increase: "stijgen" };
const DIRECTION_NOUN: Readonly<Record<string, string>> = { decrease: "daling", increase: "stijging" };

/** What the policy rules found, in Dutch, with Dutch number formats (the same codes as the core's English). */
export const dutchFindingWords = ({ units: u, number: n }: FindingFormats): FindingWords => {
  const shift = (s: ShiftValues): string => `${u(s.amount, s.kind)} van ${s.from} naar ${s.to}`;
  const breakdown = (v: { kind: string; applied: string; proposed: string; period?: string }) =>
    `(${u(v.applied, v.kind)} verschoven sinds de basis${v.period === undefined ? "" : ` in ${v.period}`} + ${u(v.proposed, v.kind)} voorgesteld)`;
  return {
    "no-shifts": () => "geen verschuivingen voorgesteld",
    "moves-nothing": (v) => `${shift(v)} verschuift niets`,
    "same-cell": (v) => `${shift(v)} verschuift binnen één cel`,
    "other-unit-kind": (v) =>
      `${shift(v)}: ${v.cell} telt ${v.cellKind}, geen ${v.kind}; een verschuiving verplaatst nooit eenheden tussen soorten`,
    insufficient: (v) =>
      `${v.shift === undefined ? "" : `verschuiving ${v.shift}: `}kan geen ${u(v.amount, v.kind)} uit ${v.from} halen: die cel heeft ${u(v.holds, v.kind)}`,
    "shifts-move": (v) =>
      `${v.shifts === "1" ? "1 verschuiving verplaatst" : `${v.shifts} verschuivingen verplaatsen`} ${u(v.amount, v.kind)}`,
    "also-moves": (v) => u(v.amount, v.kind),
    "total-stays": (v) => `het totaal blijft ${u(v.total, v.kind)}`,
    "no-cell-below-zero": () => "geen cel komt onder nul",
    "nothing-moved": () => "er wordt niets verschoven",
    "cumulative-unmeasurable": (v) =>
      `cumulatief verschoven ${u(v.moved, v.kind)} tegen een goedgekeurd totaal van ${u("0", v.kind)}: er is geen aandeel te meten ${breakdown(v)}`,
    "cumulative-share": (v) =>
      `cumulatief verschoven ${u(v.moved, v.kind)} = ${n(v.share)}% van ${u(v.total, v.kind)}, ${v.above === "true" ? "boven" : "binnen"} de drempel van ${n(v.threshold)}% ${breakdown(v)}`,
    "no-cell-limits": () => "het beleid stelt geen grenzen per cel",
    "no-limit-applies": () => "voor de cellen die dit verandert geldt geen grens",
    "cell-limit-from-zero": (v) =>
      `${v.cell} zou ${DIRECTION[v.direction] ?? v.direction} met ${u(v.change, v.kind)} vanaf ${u(v.approved, v.kind)} zoals laatst goedgekeurd, boven de grootste ${DIRECTION_NOUN[v.direction] ?? v.direction} van ${n(v.limit)}%`,
    "cell-limit": (v) =>
      `${v.cell} zou ${DIRECTION[v.direction] ?? v.direction} met ${u(v.change, v.kind)} = ${n(v.share)}% van ${u(v.approved, v.kind)} zoals laatst goedgekeurd, ${v.above === "true" ? "boven" : "binnen"} de grootste ${DIRECTION_NOUN[v.direction] ?? v.direction} van ${n(v.limit)}%`,
    "no-protected-cells": () => "het beleid beschermt geen cellen",
    "leaves-protected": (v) => `uit de beschermde cel ${v.cell} mag niets weg`,
    "enters-protected": (v) => `in de beschermde cel ${v.cell} mag niets bij`,
    "leaves-receive-only": (v) => `uit ${v.cell}, die alleen mag ontvangen, mag niets weg`,
    "protected-untouched": (v) =>
      `geen verschuiving raakt de ${v.protected} beschermde ${v.protected === "1" ? "cel" : "cellen"} of haalt iets uit de ${v.receiveOnly} ${v.receiveOnly === "1" ? "cel" : "cellen"} die alleen mogen ontvangen`,
    "within-result-areas": () => "elke verschuiving blijft binnen haar resultaatgebied",
    "crosses-result-areas": (v) =>
      `verplaatst ${u(v.amount, v.kind)} van resultaatgebied ${v.fromArea} (${v.from}) naar resultaatgebied ${v.toArea} (${v.to})`,
    "across-allowed": () => "het beleid staat verschuivingen tussen resultaatgebieden toe",
    "across-needs-approval": () => "verschuivingen tussen resultaatgebieden vragen goedkeuring",
    "across-forbidden": () => "het beleid verbiedt verschuivingen tussen resultaatgebieden",
    "zero-in-contract": (v) =>
      `${v.cell} stond op ${u("0", v.kind)} in het contract: er eenheden in zetten verandert de reikwijdte en vraagt een wijziging van de overeenkomst`,
    "zero-since-amendment": (v) =>
      `${v.cell} staat op ${u("0", v.kind)} sinds een wijziging (${u(v.signed, v.kind)} bij ondertekening): er eenheden in zetten verandert de reikwijdte en vraagt een wijziging van de overeenkomst`,
    "empties-result-area": (v) =>
      `resultaatgebied ${v.resultArea} zou op ${u("0", v.kind)} komen (${u(v.approved, v.kind)} zoals laatst goedgekeurd): een resultaatgebied leegmaken verandert de reikwijdte en vraagt een wijziging van de overeenkomst`,
    "within-scope": () => "elke ontvangende cel hoort bij het contract en geen resultaatgebied raakt leeg",
    "requester-approves": (v) =>
      `${who(v.person, v.organisation, v.role)} heeft ${v.requestId} aangevraagd en mag het niet ook goedkeuren`,
    "other-approver": (v) =>
      `${v.requestId} is aangevraagd door ${who(v.requester, v.requesterOrganisation, v.requesterRole)} en wordt beslist door ${who(v.person, v.organisation, v.role)}`,
    "approver-role-allowed": (v) =>
      `${who(v.person, v.organisation, v.role)} treedt op als ${dutchRole(v.role)}, die mag goedkeuren (${dutchRoles(v.roles)})`,
    "approver-role-refused": (v) =>
      `${who(v.person, v.organisation, v.role)} treedt op als ${dutchRole(v.role)}; goedkeuren mag alleen als ${dutchRoles(v.roles)}`,
    "no-freeze-windows": () => "het beleid kent geen bevroren perioden",
    "in-freeze-window": (v) =>
      `${v.date} valt in de bevroren periode ${v.from} tot en met ${v.to}${v.reason === undefined ? "" : ` (${v.reason})`}: er wordt geen verschuiving aangenomen`,
    "outside-freeze-windows": (v) => {
      const windows = v.windows.split(",").map((w) => w.replace("..", " tot en met "));
      return `${v.date} valt buiten ${windows.length === 1 ? "de bevroren periode" : `alle ${windows.length} bevroren perioden`} (${windows.join(", ")})`;
    },
  };
};
