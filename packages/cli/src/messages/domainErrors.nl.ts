import type { DomainError, FrameworkLevel, QuantityValues } from "@grant-ledger/core";
import type { DomainErrorWords, UnitsText } from "./domainErrors.en";
import { dutchParty, dutchRole } from "./roles.nl";

const STATUS: Readonly<Record<string, string>> = { signed: "ondertekend", closed: "afgesloten" };

/**
 * Some refusals carry free text the core wrote in English (a problem, what needed a reason):
 * it is quoted inside a Dutch sentence rather than translated by matching on its words.
 */
const quoted = (text: string): string => `"${text}"`;

/** InvalidBudget's problem is a code for a grant decision's own checks, else the core's text. */
const BUDGET_PROBLEM: Readonly<Record<string, string>> = {
  period: "de looptijd van de beschikking eindigt voordat ze begint",
  ceiling: "de beschikking kent meer toe dan haar eigen plafond",
};

type ProposalCode = NonNullable<Extract<DomainError, { _tag: "InvalidProposal" }>["code"]>;
type ProductsCode = NonNullable<Extract<DomainError, { _tag: "InvalidProducts" }>["code"]>;
type FrameworkCode = NonNullable<Extract<DomainError, { _tag: "InvalidResultsFramework" }>["code"]>;

const LEVEL: Readonly<Record<FrameworkLevel, string>> = {
  "global-goal": "maatschappelijk doel",
  effect: "effect",
  "sub-goal": "subdoel",
  result: "resultaat",
  activity: "activiteit",
  indicator: "indicator",
  service: "dienst",
  milestone: "mijlpaal",
  contractor: "uitvoerder",
};
const level = (what: string): string => LEVEL[what as FrameworkLevel] ?? quoted(what);

/** What is wrong with a product list, from the core's code and values. */
const productsProblem = (c: ProductsCode): string => {
  switch (c.kind) {
    case "mixed-kinds":
      return `de producten van ${c.position} tellen zowel ${c.kinds[0]} als ${c.kinds[1]}`;
    case "kind-differs":
      return `de producten van ${c.position} tellen ${c.products}, de matrix telt daar ${c.matrix}`;
    case "not-a-row":
      return `product ${quoted(c.product)} van ${c.row}: een product hoort bij een rij (resultaatgebied en werksoort), niet bij een cel of een resultaatgebied`;
    case "product-twice":
      return `product ${quoted(c.product)} van ${c.row} staat er twee keer in`;
    case "no-units":
      return `product ${quoted(c.product)} van ${c.row} geeft geen contract- en geen offerte-eenheden`;
    case "outside-row":
      return `product ${quoted(c.product)} van ${c.row} geeft eenheden bij ${c.position}, dat is geen cel van zijn rij`;
  }
};

/** What makes a results framework unusable, from the core's code and values. */
const frameworkProblem = (c: FrameworkCode): string => {
  switch (c.kind) {
    case "id-twice":
      return `${LEVEL[c.level]} ${c.id} staat er twee keer in`;
    case "unknown-reference":
      return `${LEVEL[c.holder]} ${c.holderId} noemt ${LEVEL[c.level]} ${c.id}, dat het kader niet kent`;
    case "range-reversed":
      return `indicator ${c.indicatorId}: het bereik begint boven zijn einde`;
    case "category-twice":
      return `dienst ${c.serviceId} geeft categorie ${c.category} twee keer`;
  }
};

/** A quantity of a refusal (`null`: niets), or the core's English quoted where the data predates it. */
const held = (q: QuantityValues | undefined, english: string, u: UnitsText): string =>
  q === undefined ? quoted(english) : q === null ? "niets" : u(q.amount, q.kind);
type Subject = NonNullable<Extract<DomainError, { _tag: "ReasonRequired" }>["subject"]>;

/** What is wrong with a proposal, from the core's code and values. */
const proposalProblem = (c: ProposalCode): string => {
  switch (c.kind) {
    case "scope":
      return `het id ${c.agreementId} hoort bij organisatie ${c.scope}, maar de aanbieder is ${c.provider}`;
    case "period":
      return `de looptijd begint (${c.start}) na haar einde (${c.end})`;
    case "result-area-twice":
      return `resultaatgebied ${c.resultArea} staat er twee keer in`;
    case "expected-result-twice":
      return `beoogd resultaat ${c.expectedResultId} staat er twee keer in`;
    case "work-type-tariffs":
      return `werksoort ${c.workType} heeft twee tarieven`;
  }
};

/** What needed a reason, from the core's subject. */
const reasonSubject = (s: Subject): string => {
  switch (s.kind) {
    case "cell-change":
      return `de wijziging van ${s.position}`;
    case "expected-result-change":
      return `de wijziging van beoogd resultaat ${s.expectedResultId}`;
    case "closing":
      return `het afsluiten van overeenkomst ${s.agreementId}`;
    case "reallocation-request":
      return `verschuivingsverzoek ${s.requestId}`;
    case "results-framework":
      return "een resultatenkader";
  }
};

const NOT_ALLOWED: Readonly<Record<string, string>> = {
  "change-signed-results-framework":
    "alleen de gemeente verandert het resultatenkader van een ondertekende overeenkomst",
};

export const dutchDomainErrors: DomainErrorWords = {
  InvalidProposal: (e) =>
    `het voorstel klopt niet: ${e.code === undefined ? quoted(e.problem) : proposalProblem(e.code)}`,
  StaleChange: (e, u) =>
    `de wijziging van ${e.position} gaat uit van ${held(e.statedQuantity, e.stated, u)}, maar die positie heeft ${held(e.heldQuantity, e.holds, u)}: lees de overeenkomst opnieuw`,
  ReasonRequired: (e) =>
    `een reden is verplicht voor ${e.subject === undefined ? quoted(e.what) : reasonSubject(e.subject)}`,
  PartyNotAllowed: (e) =>
    `wie optreedt als ${dutchRole(e.role)} mag dit niet: ${(e.action === undefined ? undefined : NOT_ALLOWED[e.action]) ?? `alleen de gemeente: ${quoted(e.what)}`}`,
  InvalidBudget: (e) => BUDGET_PROBLEM[e.problem] ?? `de begroting klopt niet: ${quoted(e.problem)}`,
  BudgetAboveGrant: (e, u) =>
    `de begroting gaat boven de beschikking uit: kosten ${u(e.costs, "euros")} − bijdragen ${u(e.contributions, "euros")} = ${u(e.shortfall, "euros")} te dekken, meer dan ${e.limit === "ceiling" ? "het plafond" : "het verleende bedrag"} van ${u(e.limitAmount, "euros")} in beschikking ${e.reference}`,
  InvalidResultsFramework: (e) =>
    `het resultatenkader klopt niet: ${e.code === undefined ? quoted(e.problem) : frameworkProblem(e.code)}`,
  NoResultsFramework: (e) => `overeenkomst ${e.agreementId} heeft geen resultatenkader om tegen te meten`,
  UnknownFrameworkItem: (e) => `het resultatenkader kent geen ${level(e.what)} ${e.id}`,
  ReachCountingMismatch: (e) =>
    `dienst ${e.serviceId} telt ${e.planned === "unique" ? "unieke inwoners" : "contacten"}, de meting geeft ${e.reported === "unique" ? "unieke inwoners" : "contacten"}`,
  ReachSplitAboveReach: (e) =>
    `dienst ${e.serviceId}: de meting over ${e.period} verdeelt het bereik over categorieën die samen ${e.split} tellen, meer dan het gerealiseerde bereik van ${e.realised}`,
  SatisfactionSampleTooSmall: (e) =>
    `indicator ${e.indicatorId}: een tevredenheidsscore over ${e.n} ${e.n === 1 ? "antwoord" : "antwoorden"} kan een inwoner herkenbaar maken; minimaal ${e.minimum} nodig`,
  AgreementNotFound: (e) => `overeenkomst ${e.agreementId} bestaat niet: stel haar eerst voor`,
  AgreementAlreadyExists: (e) => `overeenkomst ${e.agreementId} bestaat al`,
  WrongAgreement: (e) =>
    `de opdracht gaat over overeenkomst ${e.found}, maar dit is overeenkomst ${e.expected}`,
  AgreementClosed: (e) => `de overeenkomst is afgesloten op ${e.closedOn}: er kan niets meer veranderen`,
  AgreementNotSigned: (e) =>
    `de overeenkomst is nog niet door beide partijen ondertekend (status ${e.status})`,
  RoundOutOfOrder: (e) => `onderhandelingsronde ${e.found} gegeven, maar de volgende ronde is ${e.expected}`,
  PartyAlreadySigned: (e) => `${dutchParty(e.party)} heeft al ondertekend`,
  EmptyDraft: () => "er valt niets te ondertekenen: de matrix is leeg",
  EmptyReallocation: () => "een verschuiving heeft minstens één regel nodig",
  NonPositiveShift: (e) =>
    `verschuiving ${e.shift} verplaatst ${e.amount}: een verschuiving verplaatst meer dan nul`,
  SameCell: (e) => `een verschuiving van ${e.cell} naar dezelfde cel`,
  ScopeChangeNeedsAmendment: (e) =>
    `het contract heeft geen cel ${e.cell}: een cel toevoegen verandert de reikwijdte en vraagt een wijziging van de overeenkomst`,
  UnitKindMismatch: (e) => `${e.cell} telt ${e.cellKind}, geen ${e.kind}`,
  InsufficientUnits: (e, units) =>
    `kan geen ${units(e.requested, e.kind)} uit ${e.cell} halen: die cel heeft ${units(e.holds, e.kind)}`,
  DuplicateRequestId: (e) => `verzoek ${e.requestId} bestaat al`,
  RequestNotPending: (e) => `verzoek ${e.requestId} wacht niet (meer) op een besluit`,
  ApproverNotAuthorised: (e) => `wie optreedt als ${dutchRole(e.role)} beslist niet over verschuivingen`,
  FourEyesViolation: (e) => `${e.person} heeft ${e.requestId} aangevraagd en mag het niet ook goedkeuren`,
  NegotiationClosed: (e) =>
    e.status === "proposed"
      ? "een partij heeft al ondertekend: de onderhandeling is voorbij"
      : `de overeenkomst is ${STATUS[e.status] ?? e.status}: veranderingen vragen nu een wijziging van de overeenkomst`,
  DuplicatePosition: (e) => `positie ${e.position} staat er twee keer in`,
  OverlappingGranularity: (e) =>
    `rij ${e.row} heeft ${e.kind} als rijtotaal én per cel: laat een van beide weg`,
  ExpectedResultExists: (e) => `beoogd resultaat ${e.expectedResultId} bestaat al`,
  UnknownExpectedResult: (e) => `beoogd resultaat ${e.expectedResultId} bestaat niet`,
  SignerNotParty: (e) => `wie optreedt als ${dutchRole(e.role)} kan niet tekenen voor ${dutchParty(e.party)}`,
  UnknownPosition: (e) => `positie ${e.position} hoort niet bij de matrix van de overeenkomst`,
  CommandNotRecorded: (e) =>
    `opdracht ${e.commandId} heeft geen recordedAt: de ledger zet zijn eigen tijd voordat hij beslist, de tijd van de aanvrager beslist niet`,
  GrantNotSuperseded: (e) =>
    e.current === null
      ? `de beschikking zegt dat ze ${e.supersedes} vervangt, maar er was nog geen beschikking`
      : `beschikking ${e.current} is van kracht: een nieuwe beschikking heeft een eigen kenmerk en zegt dat ze ${e.current} vervangt`,
  NoBudget: (e) => `overeenkomst ${e.agreementId} heeft geen begroting: leg er eerst een vast`,
  UnknownBudgetLine: (e) => `de begroting heeft geen regel ${e.line}`,
  NotCostedFromHours: (e) => `regel ${e.line} is niet begroot in uren: geef de verschuiving in euro's`,
  InvalidProducts: (e) =>
    `de lijst van producten klopt niet: ${e.code === undefined ? quoted(e.problem) : productsProblem(e.code)}`,
  ProductsDoNotAddUp: (e, units) =>
    `de producten van ${e.position} tellen op tot ${units(e.products, e.kind)}, de matrix heeft daar ${e.matrix === null ? "niets" : units(e.matrix, e.kind)}`,
  ReallocationForbidden: (e) => `verschuiving ${e.requestId} is niet toegestaan (zie de oordelen hieronder)`,
  PeriodOutsideAgreement: (e) =>
    `periode ${e.period} ligt niet binnen de looptijd ${e.start} tot en met ${e.end}`,
  DuplicateAmendmentId: (e) => `wijziging ${e.amendmentId} is al gedaan`,
  EmptyAmendment: (e) => `wijziging ${e.amendmentId} verandert niets`,
  PolicyVersionNotIncreased: (e) => `de beleidsversie moet hoger worden dan ${e.current}, niet ${e.proposed}`,
  ActorNotParty: (e) =>
    e.expectedOrganisationId === null
      ? `${e.organisationId} treedt op als ${dutchRole(e.role)}: die rol schrijft nooit, alleen de gemeente en de aanbieder handelen`
      : `${e.organisationId} treedt op als ${dutchRole(e.role)}, maar de ${dutchRole(e.role)} van deze overeenkomst is ${e.expectedOrganisationId}`,
};
