import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageOf, requestedPage } from "./page-numbers";

describe("board pages", () => {
  it("gives the page asked for, how many there are and where it starts", () => {
    expect(pageOf(7, 2, 3)).toEqual({ page: 2, pages: 3, offset: 3 });
    expect(pageOf(7, 3, 3)).toEqual({ page: 3, pages: 3, offset: 6 });
    expect(pageOf(6, 2, 3)).toEqual({ page: 2, pages: 2, offset: 3 });
  });

  it("clamps pages out of range and reads anything else as page 1", () => {
    expect(pageOf(7, 9, 3).page).toBe(3);
    expect(requestedPage("0")).toBe(1);
    expect(requestedPage("-4")).toBe(1);
    expect(requestedPage("abc")).toBe(1);
    expect(requestedPage(undefined)).toBe(1);
    expect(requestedPage("2.7")).toBe(2);
    expect(requestedPage("1e400")).toBe(1);
  });

  it("reads a page number past a million as the millionth (a 20-digit one reached the database)", () => {
    expect(requestedPage(String(MAX_PAGE))).toBe(MAX_PAGE);
    for (const huge of ["99999999999999999999", "1000001", "1e20", String(Number.MAX_SAFE_INTEGER)]) expect(requestedPage(huge), huge).toBe(MAX_PAGE);
    expect(pageOf(120, requestedPage("99999999999999999999"))).toEqual({ page: 3, pages: 3, offset: 100 });
  });

  it("has one empty page when there is nothing", () => {
    expect(pageOf(0, 3)).toEqual({ page: 1, pages: 1, offset: 0 });
  });
});
