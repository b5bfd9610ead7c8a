import { describe, expect, it } from "vitest";
import type { Month } from "@/platform/time/month";
import type { KnownPerson, KnownTeam } from "./kinds";
import { readCsv } from "./read-csv";
import { planScores, type ScoreContext } from "./scores";
import { readTable } from "./table";

const people: KnownPerson[] = [
  { id: "ana", name: "Ana Lima", email: "ana@example.com", role: "REP", teamId: "north", active: true },
  { id: "bo", name: "Bo Chen", email: "bo@example.com", role: "REP", teamId: "north", active: true },
  { id: "hel", name: "Hélène Durand", email: "helene@example.com", role: "REP", teamId: "south", active: true },
  { id: "sam1", name: "Sam Roy", email: "sam.north@example.com", role: "REP", teamId: "north", active: true },
  { id: "sam2", name: "Sam Roy", email: "sam.south@example.com", role: "REP", teamId: "south", active: true },
  { id: "max", name: "Max Boss", email: "max@example.com", role: "MANAGER", teamId: "north", active: true },
  { id: "old", name: "Old Rep", email: "old@example.com", role: "REP", teamId: "north", active: false },
];
const teams: KnownTeam[] = [
  { id: "north", name: "North", archived: false },
  { id: "south", name: "South", archived: false },
];
const context: ScoreContext = { people, teams, entries: new Map(), closed: new Set(), currentMonth: "2026-11" };

function plan(text: string, month: Month | null = null) {
  const file = readCsv(text);
  if (!file.ok) throw new Error(file.code);
  return planScores(readTable(file.rows, "scores"), context, month);
}
const writes = (text: string, month: Month | null = null) => plan(text, month).writes.map((w) => [w.userId, w.month, w.total]);

describe("a wall sheet as people keep it", () => {
  it("imports name, email and months, the email deciding", () => {
    expect(writes("name,email,2021-01,2021-02\nAna Lima,ana@example.com,40,41.5\n")).toEqual([["ana", "2021-01", "40"], ["ana", "2021-02", "41.5"]]);
  });

  it("joins first and last names, leaves out an Average column, and reads an empty cell as not logged", () => {
    const result = plan("first name,last name,team,2026-01,2026-02,Average\nHélène,Durand,South,50,,50\nBo,Chen,North,30,32,31\n");
    expect(result.errors).toEqual([]);
    expect(result.writes.map((w) => [w.userId, w.month, w.total])).toEqual([["hel", "2026-01", "50"], ["bo", "2026-01", "30"], ["bo", "2026-02", "32"]]);
  });

  it("finds a name whatever its case and accents", () => {
    expect(writes("Nom,janv. 2026\nhelene durand,44\n")).toEqual([["hel", "2026-01", "44"]]);
  });

  it("tells two people of one name apart by their team, and refuses when it cannot", () => {
    expect(writes("name,team,2026-01\nSam Roy,South,44\n")).toEqual([["sam2", "2026-01", "44"]]);
    expect(plan("name,2026-01\nSam Roy,44\n").errors).toEqual([{ line: 2, field: "name", code: "person-ambiguous" }]);
  });

  it("warns when the name disagrees with the email's person, and follows the email", () => {
    const result = plan("name,email,2026-01\nAnna Lima,ana@example.com,40\n");
    expect(result.writes.map((w) => w.userId)).toEqual(["ana"]);
    expect(result.warnings).toEqual([{ line: 2, field: "email", code: "name-differs", params: { name: "Ana Lima" } }]);
  });

  it("leaves out and lists a totals line instead of refusing it", () => {
    const result = plan("Nom;Équipe;janv. 2026\nAna Lima;North;40\nMoyenne équipe;;40\n;Total;40\nAverage;;40\n");
    expect(result.errors).toEqual([]);
    expect(result.ignoredLines).toEqual([{ line: 3, text: "Moyenne équipe" }, { line: 4, text: "Total" }, { line: 5, text: "Average" }]);
  });

  it("still refuses an unknown person outside a single-month file", () => {
    expect(plan("name,2026-01\nNobody Here,40\n").errors).toEqual([{ line: 2, field: "name", code: "person-unknown" }]);
  });
});

describe("a single-month file of the whole team", () => {
  const salesNavigator = [
    "First Name,Last Name,Email,Seat Type,Days active,Social Selling Index,Establish your professional brand,Find the right people,Engage with insights,Build relationships",
    "Ana,Lima,ana@example.com,Core,12,52.5,15,12.5,10,15",
    "Zoe,Stranger,zoe@elsewhere.example,Advanced,3,40,10,10,10,10",
    "Max,Boss,max@example.com,Advanced,20,61,16,15,15,15",
    "Bo,Chen,bo@example.com,Core,0,,,,,",
  ].join("\n");

  it("imports the month chosen for it, with the pillars under LinkedIn's names", () => {
    const result = plan(salesNavigator, "2026-10");
    expect(result).toMatchObject({ layout: "single", errors: [] });
    expect(result.writes.map((w) => [w.userId, w.month, w.total, w.pillars])).toEqual([
      ["ana", "2026-10", "52.5", { brand: "15", people: "12.5", insights: "10", relationships: "15" }],
    ]);
  });

  it("skips and lists the people who have no account here or are not reps, and only them", () => {
    expect(plan(salesNavigator, "2026-10").skipped).toEqual([
      { line: 3, field: "Email", code: "person-unknown" },
      { line: 4, field: "Email", code: "person-not-rep" },
    ]);
  });

  it("asks for the month when none is chosen", () => {
    expect(plan(salesNavigator).errors).toEqual([{ line: 0, field: "month", code: "month-required" }]);
  });

  it("reads French LinkedIn headings", () => {
    const file = "E-mail;Social Selling Index;Construire votre marque professionnelle;Trouver les bonnes personnes;Échanger des informations;Établir des relations\nana@example.com;50,5;12,5;13;12;13\n";
    expect(plan(file, "2026-09").writes.map((w) => [w.total, w.pillars?.people])).toEqual([["50.5", "13"]]);
  });

  it("refuses a file with no score column at all", () => {
    expect(plan("name,notes\nAna Lima,ok\n").errors).toEqual([{ line: 1, field: "total", code: "scores-missing" }]);
  });
});
