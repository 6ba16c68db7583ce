// Worker thread entry: TypeScript (with the "@/" paths) through tsx, then the builder.
require("tsx/cjs");
require("./worker.ts");
