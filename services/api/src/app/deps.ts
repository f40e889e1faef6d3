import type { Agreements } from "@grant-ledger/agreements";
import type { EventStore } from "@grant-ledger/event-store";
import type { ViewReader } from "../reads/viewReader";
import type { Grants } from "../tenancy/grants";
import type { Tenancy } from "../tenancy/tenancy";

/** What the handlers share: the store, the application layer, the read side and tenancy. */
export interface ServiceDeps {
  readonly store: EventStore;
  readonly agreements: Agreements;
  readonly views: ViewReader;
  readonly grants: Grants;
  readonly tenancy: Tenancy;
  readonly clock: () => Date;
  /** Ed25519 private key (PEM) the service signs checkpoints with; none: /checkpoints/latest is 404. */
  readonly checkpointKeyPem?: string;
}
