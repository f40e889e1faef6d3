import type { ViewEvent } from "../event/viewEvent";
import { type RowReader, type RowView, type RowWrite, foldOf } from "../rows/rows";
import { changeRows, entryRows } from "./matrixRows";

export const OFFER = "offer";
export const DRAFT = "draft";
export const CONTRACT = "contract";
/** One row per work type with a tariff (euros per hour), as proposed: what hours cost. */
export const TARIFF = "tariff";

/**
 * The two sides of the comparison as rows: the offer as proposed, the draft under
 * negotiation, and the contract as last approved (signed baseline, changed by amendments;
 * reallocations do not change what was contracted). An event writes only the positions it
 * names; the comparison is made when it is asked for (`compareOfferAndContract`).
 */
export const offerVersusContract: RowView = {
  name: "offer_versus_contract",
  // 2: tariffs, for the comparison in euros.
  version: 2,
  step: (e: ViewEvent, _rows: RowReader): readonly RowWrite[] => {
    const event = e.event;
    switch (event.type) {
      case "AgreementProposed":
        return [
          ...entryRows(OFFER, event.data.offer),
          ...entryRows(DRAFT, event.data.offer),
          ...event.data.tariffs.map((t) => ({
            group: TARIFF,
            key: t.workType,
            row: { cents: t.tariff.cents.toString() },
          })),
        ];
      case "AgreementNegotiated":
        return changeRows(DRAFT, event.data.cellChanges);
      case "AgreementSigned":
        return entryRows(CONTRACT, event.data.baseline);
      case "AgreementAmended":
        return changeRows(CONTRACT, event.data.changes);
      default:
        return [];
    }
  },
};

export const offerVersusContractFold = foldOf(offerVersusContract);
