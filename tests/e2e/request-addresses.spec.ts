// Issue 29, findings 4 and 7: neither the address a request is counted under
// nor the address of the links the app hands out is what a client writes in
// a header.
import { request as send } from "node:http";
import { expect, test } from "./support/test";
import { startApp, type AppServer } from "../../scripts/bench/app-server";
import { createApiToken, createUser, testDb } from "../factories";

/** A loopback address of this spec's own, so that its failures slow no other spec's sign-ins. */
const CLIENT = "127.0.0.9";

/** A raw POST (Playwright and fetch set Host themselves), sent from CLIENT. */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = send(url, { method: "POST", localAddress: CLIENT, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (answer) => {
      let text = "";
      answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 0, text }));
    });
    sent.on("error", reject);
    sent.end(body);
  });
}

test.describe("a server without a proxy in front (SSI_TRUSTED_PROXIES=0), as `npm start` runs it", () => {
  let app: AppServer;
  test.beforeAll(async () => {
    app = await startApp(process.env.DATABASE_URL ?? "", { secret: process.env.NEXTAUTH_SECRET, env: { SSI_TRUSTED_PROXIES: "0" } });
  });
  test.afterAll(async () => {
    await app?.stop();
    await testDb().signInThrottle.deleteMany({ where: { key: `address:${CLIENT}` } });
  });

  test("counts a client rotating X-Forwarded-For as one address: spraying a password is slowed down", async () => {
    const attempt = (email: string, forwardedFor: string) =>
      post(`${app.base}/api/auth/sign-in`, { origin: app.base, accept: "application/json", "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor }, new URLSearchParams({ email, password: "Summer2026!" }).toString());
    const run = Date.now();
    for (let i = 0; i < 21; i++) expect((await attempt(`spray-${run}-${i}@test.example`, `198.18.0.${i}`)).status).toBe(401);
    const rotated = await attempt(`spray-${run}-last@test.example`, "not an address, 198.18.0.99");
    expect(rotated.status).toBe(429);
    expect(JSON.parse(rotated.text)).toMatchObject({ error: { code: "too-many-attempts" } });
    expect(await testDb().signInThrottle.findUnique({ where: { key: `address:${CLIENT}` } })).toMatchObject({ failures: 21 });
    expect(await testDb().signInThrottle.count({ where: { key: { startsWith: "address:198.18." } } })).toBe(0);
  });
});

test.describe("the links the app hands out", () => {
  test("POST /api/v1/users answers an invitation URL on NEXTAUTH_URL, whatever Host the request names", async ({ baseURL }) => {
    const admin = await createUser({ role: "ADMIN" });
    const { token } = await createApiToken(admin.id);
    const body = JSON.stringify({ name: "Host Header", email: `host-${Date.now()}@test.example`, role: "REP" });
    const answer = await post(`${baseURL}/api/v1/users`, { host: "evil.example", "x-forwarded-host": "evil.example", authorization: `Bearer ${token}`, "content-type": "application/json" }, body);
    expect(answer.status).toBe(201);
    expect(answer.text).not.toContain("evil.example");
    expect((JSON.parse(answer.text) as { invitation: { url: string } }).invitation.url.startsWith(`${baseURL}/invite/`)).toBe(true);
  });
});
