import { describe, expect, it } from "vitest";
import { paginate } from "./pages";

const items = Array.from({ length: 7 }, (_, i) => i + 1);

describe("paginate", () => {
  it("gives the page asked for and how many there are", () => {
    expect(paginate(items, "2", 3)).toEqual({ page: 2, pages: 3, items: [4, 5, 6] });
    expect(paginate(items, "3", 3)).toEqual({ page: 3, pages: 3, items: [7] });
  });

  it("clamps pages out of range and reads anything else as page 1", () => {
    expect(paginate(items, "9", 3).page).toBe(3);
    expect(paginate(items, "0", 3).page).toBe(1);
    expect(paginate(items, "-4", 3).page).toBe(1);
    expect(paginate(items, "abc", 3)).toMatchObject({ page: 1, items: [1, 2, 3] });
    expect(paginate(items, undefined, 3).page).toBe(1);
    expect(paginate(items, "2.7", 3).page).toBe(2);
  });

  it("has one empty page when there is nothing", () => {
    expect(paginate([], "3")).toEqual({ page: 1, pages: 1, items: [] });
  });
});
