// The layering rules of README "Layout": a platform that knows no feature,
// features that use each other only through their public entries, and no
// import loop between folders. Run by `npm run lint`; tests/layering proves
// that each rule catches what it is for.
const TESTS = "\\.test\\.tsx?$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycle",
      comment: "Folders import each other one way: a loop means two folders are one thing, or one holds what the other needs.",
      severity: "error",
      scope: "folder",
      from: { path: "^(platform|features|components)/" },
      to: { circular: true },
    },
    {
      name: "platform-knows-no-feature",
      comment: "platform/ is what any feature stands on: it never imports a feature, a route or a component.",
      severity: "error",
      from: { path: "^platform/" },
      to: { path: "^(features|app|components)/" },
    },
    {
      name: "ui-knows-no-feature",
      comment: "components/ui holds shared primitives only.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^(features|app)/" },
    },
    {
      name: "routes-are-leaves",
      comment: "app/ is routes only: nothing imports a route.",
      severity: "error",
      from: { path: "^(platform|features|components)/" },
      to: { path: "^app/" },
    },
    {
      name: "feature-through-its-entry",
      comment:
        "A feature uses another through features/<name>/index.ts (server code) or client.ts (code that also runs in the browser). " +
        "Its tests may reach further: they check how the two fit.",
      severity: "error",
      from: { path: "^features/([^/]+)/", pathNot: TESTS },
      to: { path: "^features/", pathNot: ["^features/$1/", "^features/[^/]+/(index|client)\\.ts$"] },
    },
    {
      name: "not-through-own-entry",
      comment: "Inside a feature, files import each other directly: going through the feature's own entry makes a loop.",
      severity: "error",
      from: { path: "^features/([^/]+)/", pathNot: "^features/[^/]+/index\\.ts$" },
      to: { path: "^features/$1/(index|client)\\.ts$" },
    },
    {
      name: "features-speak-no-http",
      comment:
        "Features throw domain errors (platform/errors) and define commands and queries; statuses, responses and the API's " +
        "routes belong to platform/http and app/ (the one place that maps errors to statuses). Of platform/http a feature " +
        "uses only what defines its use cases and reads an upload: whatever else is added there stays out of features.",
      severity: "error",
      from: { path: "^features/", pathNot: TESTS },
      to: {
        path: ["^platform/http/", "(^|/)node_modules/next/server\\.js$"],
        pathNot: "^platform/http/(define-action|query|body)\\.ts$",
      },
    },
    {
      name: "components-draw-what-queries-read",
      comment:
        "A feature's components draw what the page's query returned: they import the types of a data module, never its functions, " +
        "nor the database (the query is where the permission runs, once).",
      severity: "error",
      from: { path: "^features/[^/]+/components/" },
      to: { path: ["^features/[^/]+/[a-z-]*(data|mutations|load)\\.ts$", "^platform/db/"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "client-entry-stays-client",
      comment: "What a feature's client.ts offers also runs in the browser: it may not reach a server-only module.",
      severity: "error",
      from: { path: "^features/[^/]+/client\\.ts$" },
      to: { path: "(^|/)node_modules/server-only/", reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: "(^|/)node_modules/" },
    exclude: { path: "(^|/)(\\.next|platform/db/generated|tests)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
