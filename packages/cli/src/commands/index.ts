import type { Command } from "commander";
import * as agreements from "./agreements";
import * as amend from "./amend";
import * as approve from "./approve";
import * as auditBundle from "./auditBundle";
import * as checkpoint from "./checkpoint";
import * as close from "./close";
import * as controls from "./controls";
import * as demo from "./demo";
import * as history from "./history";
import * as importCommand from "./import";
import * as negotiate from "./negotiate";
import * as propose from "./propose";
import * as prove from "./prove";
import * as proveConsistency from "./proveConsistency";
import * as reallocate from "./reallocate";
import * as reallocations from "./reallocations";
import * as rebuild from "./rebuild";
import * as reconcile from "./reconcile";
import * as reject from "./reject";
import * as reportResult from "./reportResult";
import * as sign from "./sign";
import * as state from "./state";
import * as token from "./token";
import * as treeHead from "./treeHead";
import * as verify from "./verify";
import * as verifyBundle from "./verifyBundle";

/**
 * Each command lives in its own file and exports `register(program)`.
 * Add one line here per command.
 */
export const registerCommands = (program: Command): void => {
  void program;
  demo.register(program);
  reconcile.register(program);
  importCommand.register(program);
  propose.register(program);
  negotiate.register(program);
  sign.register(program);
  verify.register(program);
  checkpoint.register(program);
  rebuild.register(program);
  controls.register(program);
  reallocate.register(program);
  approve.register(program);
  reject.register(program);
  reportResult.register(program);
  amend.register(program);
  close.register(program);
  treeHead.register(program);
  prove.register(program);
  proveConsistency.register(program);
  auditBundle.register(program);
  verifyBundle.register(program);
  agreements.register(program);
  history.register(program);
  reallocations.register(program);
  state.register(program);
  token.register(program);
};
