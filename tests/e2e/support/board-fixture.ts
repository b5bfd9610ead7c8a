import { addMonths } from "../../../lib/month";
import { thisMonth } from "../../../lib/calendar";
import { createTeamWithManager, createUser, logScore } from "./factories";

/**
 * A team whose board this month is known:
 *   Ana 60 (+10), Bea 50 (+2), Cy 50 (new: nothing last month), Dan 40 (-5); Eve has not logged.
 */
export async function knownBoard() {
  const month = thisMonth();
  const previous = addMonths(month, -1);
  const { teamId, teamName, manager } = await createTeamWithManager();
  const rep = (name: string) => createUser({ role: "REP", teamName, name });
  const [ana, bea, cy, dan, eve] = await Promise.all(["Ana", "Bea", "Cy", "Dan", "Eve"].map(rep));
  if (!ana || !bea || !cy || !dan || !eve) throw new Error("fixture reps missing");
  await logScore(ana.id, previous, 50);
  await logScore(ana.id, month, 60);
  await logScore(bea.id, previous, 48);
  await logScore(bea.id, month, 50);
  await logScore(cy.id, addMonths(month, -2), 30);
  await logScore(cy.id, month, 50);
  await logScore(dan.id, previous, 45);
  await logScore(dan.id, month, 40);
  await logScore(eve.id, previous, 35);
  return { month, previous, teamId, teamName, manager, reps: { ana, bea, cy, dan, eve } };
}
