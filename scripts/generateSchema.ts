/** npm run schema: writes graph-data/briefgraph.schema.json from the zod schema in src/model/brief/schema.ts. */
import { buildJsonSchema } from "../src/model/brief/jsonSchema";
import { writeJson } from "./lib/modelFile";

export const SCHEMA_PATH = "graph-data/briefgraph.schema.json";
await writeJson(SCHEMA_PATH, buildJsonSchema());
console.log(`wrote ${SCHEMA_PATH}`);
