import { thisMonth } from "../../../platform/time/calendar";
import { addMonths } from "../../../platform/time/month";
import { createScore, createTeamWithManager, createUser } from "../../factories";

/**
 * A team whose board this month is known:
 *   Ana 60 (+10), Bea 50 (+2), Cy 50 (new: nothing last month), Dan 40 (-5); Eve has not logged.
 */
export async function knownBoard() {
  const month = thisMonth();
  const previous = addMonths(month, -1);
  const { team, manager } = await createTeamWithManager();
  const rep = (name: string) => createUser({ teamId: team.id, name });
  const [ana, bea, cy, dan, eve] = await Promise.all(["Ana", "Bea", "Cy", "Dan", "Eve"].map(rep));
  if (!ana || !bea || !cy || !dan || !eve) throw new Error("fixture reps missing");
  await createScore(ana.id, previous, 50);
  await createScore(ana.id, month, 60);
  await createScore(bea.id, previous, 48);
  await createScore(bea.id, month, 50);
  await createScore(cy.id, addMonths(month, -2), 30);
  await createScore(cy.id, month, 50);
  await createScore(dan.id, previous, 45);
  await createScore(dan.id, month, 40);
  await createScore(eve.id, previous, 35);
  return { month, previous, teamId: team.id, teamName: team.name, manager, reps: { ana, bea, cy, dan, eve } };
}
