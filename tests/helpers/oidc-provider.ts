// A real OpenID provider on loopback for the single sign-on tests: the
// oidc-provider package (a certified OpenID Connect server), with its own
// development login page (any login name; the password is not checked), and
// the accounts the test says: the login name is the account, and its claims
// are what the test set for it (an unverified email, a name…). Its signing
// key is the test's, so a test can also have it answer a token that a real
// provider would sign but the app must refuse (another audience).
import { generateKeyPairSync, sign } from "node:crypto";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface TestProvider {
  issuer: string;
  /** The claims of the account whose login name is `login` (default: its email, verified). */
  setAccount: (login: string, claims: Record<string, unknown>) => void;
  /** The next token answer's ID token, changed by `change` and signed again with the provider's own key. */
  changeNextIdToken: (change: (claims: Record<string, unknown>) => Record<string, unknown>) => void;
  close: () => Promise<void>;
}

export async function startOidcProvider(clients: TestClient[]): Promise<TestProvider> {
  const accounts = new Map<string, Record<string, unknown>>();
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" };
  let nextIdToken: ((claims: Record<string, unknown>) => Record<string, unknown>) | null = null;
  const server: Server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({ client_id: c.clientId, client_secret: c.clientSecret, redirect_uris: c.redirectUris, grant_types: ["authorization_code"], response_types: ["code"] })),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["test-provider-cookie-key"] },
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, login) {
      const claims = accounts.get(login) ?? { email: login, email_verified: true };
      return { accountId: login, claims: async () => ({ sub: login, ...claims }) };
    },
  });
  // A provider on plain http is a development one: it says so on every request; the tests know.
  provider.on("server_error", (_ctx, error) => console.error(`test OIDC provider: ${error.message}`));
  // After the token endpoint answered: the ID token it issued, changed and signed again (same key, same header).
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== "/token" || !nextIdToken || typeof body?.id_token !== "string") return;
    const [header, payload] = body.id_token.split(".");
    const claims = nextIdToken(JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as Record<string, unknown>);
    nextIdToken = null;
    const signed = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
    ctx.body = { ...body, id_token: `${signed}.${sign("RSA-SHA256", Buffer.from(signed), privateKey).toString("base64url")}` };
  });
  server.on("request", provider.callback());
  return {
    issuer,
    setAccount: (login, claims) => accounts.set(login, claims),
    changeNextIdToken: (change) => {
      nextIdToken = change;
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
