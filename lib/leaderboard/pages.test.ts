import { describe, expect, it } from "vitest";
import { pageOf, requestedPage } from "./pages";

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

  it("has one empty page when there is nothing", () => {
    expect(pageOf(0, 3)).toEqual({ page: 1, pages: 1, offset: 0 });
  });
});
