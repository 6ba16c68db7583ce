/**
 * Dependency rules of Sổ Biên Bản (`npm run lint` runs them; see README "Development").
 *
 * Direction: app → features → server → lib. `src/components` is shared UI: it sits beside features
 * (features and app use it) and reads only lib. `src/generated` (Prisma clients, written by
 * `npm run db:generate`) is read by server only, so lib and features can be checked before generating.
 *
 * Between features: a feature uses another one only through the other's public entries:
 *   - `features/<x>/index.ts`   its server-side API (reads and commands other features may call);
 *   - `features/<x>/schema.ts`  its zod schemas (isomorphic: client forms of another feature may validate with them);
 *   - `features/<x>/dto.ts`     its DTO types and pure mappers (isomorphic, types a client component may render).
 * Everything else in a feature (data.ts, mutations.ts, rules.ts, components/, parse/ …) is private to it.
 * Shared UI goes to src/components, shared pure helpers to src/lib.
 */
const SRC = "^src/";
const PUBLIC_ENTRY = "^src/features/[^/]+/(index|schema|dto)\\.tsx?$";

module.exports = {
  forbidden: [
    {
      name: "lib-is-pure",
      comment: "src/lib is pure and isomorphic: it imports only src/lib and npm packages that run anywhere.",
      severity: "error",
      from: { path: "^src/lib/", pathNot: "\\.test\\.ts$" },
      to: { pathNot: ["^src/lib/", "^node_modules/(zod)/"], dependencyTypesNot: ["core"] },
    },
    {
      name: "server-below-features",
      comment:
        "src/server is infrastructure below the features: it never imports features, app, components or scripts.",
      severity: "error",
      from: { path: "^src/server/" },
      to: { path: ["^src/features/", "^src/app/", "^src/components/", "^scripts/", "^tests/"] },
    },
    {
      name: "components-are-shared-ui",
      comment:
        "src/components is shared UI: it imports only src/lib and other shared components, never a feature or the server.",
      severity: "error",
      from: { path: "^src/components/" },
      to: { path: ["^src/features/", "^src/server/", "^src/app/", "^src/generated/"] },
    },
    {
      name: "features-below-app",
      comment: "Features never import routes (src/app).",
      severity: "error",
      from: { path: "^src/features/" },
      to: { path: "^src/app/" },
    },
    {
      name: "generated-only-in-server",
      comment:
        "Only src/server reads the generated Prisma clients; enums for the rest come from src/lib/enums.ts " +
        "(kept equal to the generated ones by src/server/enums.test.ts).",
      severity: "error",
      from: { path: SRC, pathNot: "^src/(server|generated)/" },
      to: { path: "^src/generated/" },
    },
    {
      name: "src-not-scripts-or-tests",
      comment: "The app does not import scripts or tests.",
      severity: "error",
      from: { path: SRC },
      to: { path: ["^scripts/", "^tests/"] },
    },
    {
      name: "feature-public-entry",
      comment:
        "A feature uses another feature only through its public entries: index.ts (server-side API), " +
        "schema.ts and dto.ts (isomorphic). Move shared UI to src/components and shared pure code to src/lib.",
      severity: "error",
      // Unit tests may build their fixtures with another feature's pure modules (rules.ts).
      from: { path: "^src/features/([^/]+)/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^src/features/", pathNot: ["^src/features/$1/", PUBLIC_ENTRY] },
    },
    {
      name: "feature-components-not-server",
      comment:
        "Feature components render data handed to them: they call the own feature's actions.ts, never " +
        "data.ts, mutations.ts, index.ts or src/server at run time (pages read the data and pass it down). " +
        "Type-only imports are erased at build time, so a component may name a type declared there.",
      severity: "error",
      from: { path: "^src/features/[^/]+/components/" },
      to: {
        path: ["^src/server/", "^src/features/[^/]+/(data|mutations|index)\\.tsx?$"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "no-circular",
      comment: "No import cycles between files.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycles",
      comment: "No import cycles between folders (a feature, a server or lib folder).",
      severity: "error",
      scope: "folder",
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import resolves (a typo or a missing package fails here, not at build time).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // the generated clients are seen as leaves (so rules can name them) but not read
    doNotFollow: { path: ["node_modules", "^src/generated/"] },
    exclude: { path: ["\\.next", "^\\.reports/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
