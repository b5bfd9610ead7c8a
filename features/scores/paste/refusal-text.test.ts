// What the form and the API say of a figure the reader left empty, in both languages.
import { describe, expect, it } from "vitest";
import { translator } from "@/platform/i18n/translator";
import { figuresText, leftEmptyParams } from "./refusal-text";

const spaces = (text: string) => text.replace(/\s/g, " ");

describe("refused figures in words", () => {
  it("writes ranks as percentages and other figures as scores, listed as the locale lists", () => {
    expect(figuresText("en", "industryRankPct", ["75", "81"])).toBe("75% and 81%");
    expect(spaces(figuresText("fr", "networkRankPct", ["4.5", "12"]))).toBe("4,5 % et 12 %");
    expect(figuresText("fr", "total", ["58", "53.5"])).toBe("58 et 53,5");
  });

  it("says which field was left empty, why, and where to find it, in English", () => {
    const t = translator("en");
    expect(t("api.paste-left-empty", leftEmptyParams("en", "industryRankPct", { reason: "contradicted", values: ["75", "81"] }))).toBe(
      "Industry rank left empty: the page shows different figures for it (75% and 81%). Type the one LinkedIn shows at the top of the page.",
    );
    expect(t("api.paste-left-empty", leftEmptyParams("en", "networkAvg", { reason: "unclear", values: ["29"] }))).toBe(
      "Network average SSI left empty: the page does not make clear which figure is its (29). Type the one LinkedIn shows under “People in your network”.",
    );
  });

  it("says the same in French", () => {
    const t = translator("fr");
    expect(spaces(t("api.paste-left-empty", leftEmptyParams("fr", "networkRankPct", { reason: "unclear", values: ["81"] })))).toBe(
      "Le classement dans le réseau est resté vide : la page ne permet pas de savoir quel chiffre est le bon (81 %). Saisissez celui que LinkedIn affiche en haut de la page.",
    );
    expect(t("api.paste-left-empty", leftEmptyParams("fr", "industryAvg", { reason: "contradicted", values: ["23", "25"] }))).toBe(
      "Le SSI moyen du secteur est resté vide : la page donne des chiffres différents (23 et 25). Saisissez celui que LinkedIn affiche sous « Personnes de votre secteur ».",
    );
  });
});
