// The OpenAPI 3.1 description of /api/v1 (GET /api/v1/openapi.json), made
// from the operations' zod schemas with zod's own JSON Schema output
// (draft 2020-12, which OpenAPI 3.1 uses): inputs as the routes read them,
// answers as answers.ts says, and the outgoing webhooks' bodies.
import { z } from "zod";
import { WEBHOOK_PAYLOADS } from "@/features/webhooks";
import { errorAnswer } from "./answers";
import { OPERATIONS, type Operation } from "./operations";

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema: `input` for what a caller sends (before defaults and transforms), `output` for what it gets. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const made = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  // The document states the dialect once (OpenAPI 3.1's is 2020-12).
  delete made.$schema;
  return made;
}

const ERROR_REF = { $ref: "#/components/schemas/Error" };

const REFUSALS: Record<string, string> = {
  "400": "Bad values (with `fields`), malformed JSON, a control character",
  "401": "No session, or an unknown, revoked or expired token",
  "403": "Not allowed, a cross-site cookie request, or a read-only token's write",
  "404": "Not found (or not yours to see)",
  "409": "A closed month, or a state that forbids it",
  "413": "The body is too large (64 KiB; 5 MB for an import)",
  "429": "More requests of this kind this minute than the caller's limit (see RateLimit-Policy); try again after Retry-After seconds",
  "503": "The database cannot be reached: nothing was done; try again after Retry-After seconds",
};

function refusalsOf(op: Operation): string[] {
  const codes = ["400", "503"];
  if (op.who !== "anyone") codes.push("401", "403", "429");
  if (op.path.includes("{")) codes.push("404");
  if (op.body) codes.push("413");
  if (op.method !== "get") codes.push("409");
  return codes.filter((code) => !(code in op.answers));
}

function operationObject(op: Operation) {
  const body =
    op.body === "spreadsheet"
      ? {
          required: true,
          content: {
            "text/csv": { schema: { type: "string" } },
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
          },
        }
      : op.body
        ? { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } }
        : undefined;
  const responses: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(op.answers)) {
    responses[status] = schema ? { description: Number(status) < 300 ? "Done" : "See the body", content: { "application/json": { schema: jsonSchema(schema, "output") } } } : { description: "Done, no body" };
  }
  for (const code of refusalsOf(op)) responses[code] = { description: REFUSALS[code], content: { "application/json": { schema: ERROR_REF } } };
  return {
    tags: [op.tag],
    summary: op.summary,
    operationId: `${op.method}${op.path.replace(/^\/api\/v1/, "").replace(/[{}]/g, "").replace(/[/.]+(.)/g, (_m, c: string) => c.toUpperCase())}`,
    description: `Who: ${op.who}.`,
    ...(op.who === "anyone" ? { security: [] } : {}),
    ...(op.parameters ? { parameters: op.parameters.map((p) => ({ name: p.name, in: p.in, description: p.description, required: p.required ?? false, schema: jsonSchema(p.schema, "input") })) } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

function webhookObjects() {
  return Object.fromEntries(
    Object.entries(WEBHOOK_PAYLOADS).map(([event, schema]) => [
      event,
      {
        post: {
          summary: schema.description ?? event,
          description: "POSTed to a registered webhook's URL, signed: see docs/api.md, Outgoing webhooks.",
          parameters: [
            { name: "SSI-Signature", in: "header", required: true, description: "t=<Unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" with the webhook's secret>", schema: { type: "string" } },
            { name: "SSI-Event", in: "header", required: true, description: "The event's type", schema: { type: "string" } },
            { name: "SSI-Delivery", in: "header", required: true, description: "The delivery's id", schema: { type: "string" } },
          ],
          requestBody: { required: true, content: { "application/json": { schema: jsonSchema(schema, "output") } } },
          responses: { "2XX": { description: "Received: any 2xx. Anything else, or no answer in 10 s, is retried with backoff." } },
        },
      },
    ]),
  );
}

/** The whole document. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "SSI Board API",
      version: "1",
      description: "The JSON API of SSI Board. Authenticate with a personal API token (Authorization: Bearer …, made on /settings/tokens) or the app's session. Errors share one shape (Error), with messages in the request's Accept-Language (English or French). More in docs/api.md.",
    },
    servers: [{ url: "/" }],
    security: [{ token: [] }, { session: [] }],
    tags: ["Operations", "Scores", "Boards", "Incentives", "Administration", "Notifications", "Webhooks"].map((name) => ({ name })),
    paths,
    webhooks: webhookObjects(),
    components: {
      securitySchemes: {
        token: { type: "http", scheme: "bearer", description: "A personal API token; it acts with its owner's role (read-only tokens cannot write)" },
        session: { type: "apiKey", in: "cookie", name: "__Host-ssi-session", description: "The app's session (over plain http on this machine: ssi-session). Writes must come from the app's origin." },
      },
      schemas: { Error: jsonSchema(errorAnswer, "output") },
    },
  };
}
