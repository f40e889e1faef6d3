import { type AgreementAsOf, agreementAsOfJson } from "@grant-ledger/agreements";

/**
 * An agreement's state as JSON: the agreements package's shape (as the CLI's `state --json`),
 * without the format tag and the as-of, which the request and its URL already say.
 */
export const stateJson = (a: AgreementAsOf) => {
  const { format: _format, asOf: _asOf, ...state } = agreementAsOfJson(a);
  return state;
};
