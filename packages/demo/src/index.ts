export {
  AUDITOR,
  DEMO_AGREEMENT,
  DEMO_PEOPLE,
  type DemoPerson,
  EMMEN,
  OTHER_MUNICIPALITY,
  PROVIDER,
} from "./people";
export {
  DEMO_MANIFEST,
  DEMO_SHIFTS,
  DEMO_SIGNATURES,
  type DemoShift,
  approveCommand,
  describeShift,
  halfYearReport,
  requestCommand,
} from "./script";
export { seedDemoYear } from "./seedDemoYear";
