export { type AppOptions, type ServiceApp, createApp } from "./app/createApp";
export { PROBLEM_TYPES, type ProblemType, problemTypeUri } from "./problems/catalogue";
export { GRANTS_STREAM } from "./tenancy/grants";
export { COMMAND_ROUTES } from "./commands/commandRoutes";
export { type ServiceConfig, loadConfig } from "./config/config";
export { type RunningServer, startServer } from "./server/startServer";
