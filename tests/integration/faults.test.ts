// What the app answers when the database is out of reach (README, Security: faults).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/connect";
import { isDatabaseUnavailable } from "../../lib/db/unavailable";
import { createApiToken, createUser } from "../factories";

const app = globalThis as unknown as { ssiBoardDb?: Db };
let kept: Db | undefined;

/** Points the app at a database that does not answer (nothing listens on port 9). */
function databaseGone(): Db {
  kept = app.ssiBoardDb;
  const gone = createDb("postgresql://nobody:none@127.0.0.1:9/none");
  app.ssiBoardDb = gone;
  return gone;
}

afterEach(async () => {
  const gone = app.ssiBoardDb;
  app.ssiBoardDb = kept;
  if (gone && gone !== kept) await gone.$disconnect();
});

describe("the database out of reach", () => {
  it("is told apart from other errors", async () => {
    const gone = databaseGone();
    const caught = await gone.user.count().then(() => null, (error: unknown) => error);
    expect(caught).not.toBeNull();
    expect(isDatabaseUnavailable(caught)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "23505" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "57P01" })).toBe(true);
  });

  it("answers the API with 503, Retry-After and a message in the caller's language", async () => {
    const rep = await createUser({});
    const { token } = await createApiToken(rep.id);
    databaseGone();
    const { GET } = await import("../../app/api/v1/me/route");
    const response = await GET(new Request("http://app.test/api/v1/me", { headers: { authorization: `Bearer ${token}`, "accept-language": "fr" } }), undefined as never);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: { code: "database-unavailable", message: "SSI Board ne parvient pas à joindre sa base de données pour le moment. Rien n'a été modifié : réessayez dans quelques secondes." },
    });
  });

  it("answers a page with a 503 that says so in the visitor's language and tries again by itself", async () => {
    databaseGone();
    const { proxy } = await import("../../proxy");
    const response = await proxy(new NextRequest("http://app.test/leaderboard", { headers: { "accept-language": "fr-FR,fr;q=0.9", cookie: "next-auth.session-token=x" } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("SSI Board est indisponible pour un instant");
    expect(html).toContain('http-equiv="refresh"');
  });

  it("lets pages through again as soon as the database answers", async () => {
    const { proxy } = await import("../../proxy");
    const response = await proxy(new NextRequest("http://app.test/leaderboard", { headers: { cookie: "next-auth.session-token=x" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});
