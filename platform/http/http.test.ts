import { describe, expect, it, vi } from "vitest";
import { Forbidden } from "@/platform/errors/domain-errors";
import { MonthClosed } from "@/platform/errors/domain-errors";
import { ApiError, apiRoute, formatParam, MAX_BODY_BYTES, monthParam, readJsonObject } from "./http";

const request = (init: { language?: string; body?: string; headers?: Record<string, string> } = {}) =>
  new Request("http://localhost/api/v1/test", {
    method: "POST",
    body: init.body,
    headers: { ...(init.language ? { "accept-language": init.language } : {}), ...init.headers },
  });

/** What a route that throws `error` answers. */
async function answer(error: unknown, language?: string) {
  const route = apiRoute(async () => {
    throw error;
  });
  const response = await route(request({ language }), {});
  return { status: response.status, body: await response.json() };
}

describe("apiRoute error mapping", () => {
  it("answers a validation error with 400 and a message per field, in the caller's language", async () => {
    const error = new ApiError("invalid", { brand: { code: "pillar-range" }, total: { code: "total-mismatch", params: { sum: "52.603" } } });
    const english = await answer(error, "en-GB");
    expect(english.status).toBe(400);
    expect(english.body).toEqual({
      error: {
        code: "invalid",
        message: "Some values are not valid.",
        fields: { brand: "A pillar is between 0 and 25.", total: expect.stringContaining("52.603") },
      },
    });
    const french = await answer(error, "fr-FR,fr;q=0.9");
    expect(french.body.error.message).toBe("Certaines valeurs ne sont pas valides.");
    expect(french.body.error.fields.brand).toBe("Un pilier est compris entre 0 et 25.");
  });

  it("maps each domain error to its status", async () => {
    expect(await answer(new Forbidden())).toEqual({
      status: 403,
      body: { error: { code: "forbidden", message: "You are not allowed to do this." } },
    });
    const closed = await answer(new MonthClosed());
    expect(closed.status).toBe(409);
    expect(closed.body.error).toMatchObject({ code: "month-closed", fields: { month: expect.any(String) } });
    expect((await answer(new ApiError("unauthorized"))).status).toBe(401);
    expect((await answer(new ApiError("not-found"))).status).toBe(404);
    expect((await answer(new ApiError("too-large"))).status).toBe(413);
    expect((await answer(new ApiError("paste-ambiguous"))).status).toBe(422);
    expect((await answer(new ApiError("invalid-range"))).status).toBe(400);
  });

  it("answers anything unexpected with a generic 500 that reveals nothing, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const crashed = await answer(new TypeError("secret detail"), "fr");
    expect(crashed).toEqual({
      status: 500,
      body: { error: { code: "server-error", message: expect.stringContaining("Rien n'a été modifié") } },
    });
    expect(JSON.stringify(crashed.body)).not.toContain("secret detail");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("readJsonObject", () => {
  it("reads a JSON object", async () => {
    expect(await readJsonObject(request({ body: '{"month":"2026-11"}' }))).toEqual({ month: "2026-11" });
  });

  it("refuses malformed JSON, a body that is not an object, and a body over the limit", async () => {
    await expect(readJsonObject(request({ body: "{ nope" }))).rejects.toMatchObject({ code: "invalid-json", status: 400 });
    for (const body of ["[1,2]", "null", "3", '"text"']) {
      await expect(readJsonObject(request({ body })), body).rejects.toMatchObject({ code: "not-an-object" });
    }
    const big = JSON.stringify({ padding: "x".repeat(MAX_BODY_BYTES) });
    await expect(readJsonObject(request({ body: big }))).rejects.toMatchObject({ code: "too-large", status: 413 });
    await expect(readJsonObject(request({ body: "{}", headers: { "content-length": String(MAX_BODY_BYTES + 1) } }))).rejects.toMatchObject({
      code: "too-large",
    });
  });
});

describe("monthParam", () => {
  const refused = (query: string, fallback?: "2026-11") => {
    try {
      monthParam(new URLSearchParams(query), fallback);
      return null;
    } catch (caught) {
      return caught instanceof ApiError ? caught.fields.month?.code : "not an ApiError";
    }
  };

  it("reads the month, falls back when it is left out, and names it when it is missing or bad", () => {
    expect(monthParam(new URLSearchParams("month=2026-09"))).toBe("2026-09");
    expect(monthParam(new URLSearchParams(""), "2026-11")).toBe("2026-11");
    expect(refused("")).toBe("required");
    expect(refused("month=")).toBe("required");
    expect(refused("month=", "2026-11")).toBe("month-invalid");
    expect(refused("month=2026-13", "2026-11")).toBe("month-invalid");
    expect(refused("month=nov")).toBe("month-invalid");
  });
});

describe("formatParam", () => {
  it("reads csv or xlsx, csv when left out", () => {
    expect(formatParam(new URLSearchParams(""))).toBe("csv");
    expect(formatParam(new URLSearchParams("format=csv"))).toBe("csv");
    expect(formatParam(new URLSearchParams("format=xlsx"))).toBe("xlsx");
  });

  it("refuses any other format with a 400 that says so in the caller's language", async () => {
    for (const query of ["format=", "format=XLSX", "format=pdf", "format=toString", "format=__proto__"]) {
      const caught = (() => {
        try {
          formatParam(new URLSearchParams(query));
          return null;
        } catch (error) {
          return error;
        }
      })();
      expect(caught instanceof ApiError ? caught.fields.format?.code : caught, query).toBe("format-invalid");
    }
    const french = await answer(new ApiError("invalid", { format: { code: "format-invalid" } }), "fr");
    expect(french.status).toBe(400);
    expect(french.body.error.fields).toEqual({ format: "format vaut csv ou xlsx (Excel)." });
  });
});
