// Issue 29, finding 7: an archived team's wall links stop for good.
import { describe, expect, it } from "vitest";
import { updateTeam } from "../../features/people/team-mutations";
import { listWallLinks } from "../../features/board/wall-links-data";
import { loadWall } from "../../features/board/wall-screen-load";
import { createWallLink } from "../../features/board/wall-mutations";
import { createTeam, createUser } from "../factories";

describe("archiving a team", () => {
  it("revokes its wall links: they stop working, leave the admin's list, and stay revoked when the team comes back", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const team = await createTeam();
    const other = await createTeam();
    const link = await createWallLink(team.id, admin.id);
    const otherLink = await createWallLink(other.id, admin.id);
    expect(await loadWall(link)).not.toBeNull();

    expect(await updateTeam(admin.id, { teamId: team.id, archived: true })).toBe(true);
    expect(await loadWall(link)).toBeNull();
    expect((await listWallLinks()).map((l) => l.teamId)).not.toContain(team.id);
    await updateTeam(admin.id, { teamId: team.id, archived: false });
    expect(await loadWall(link)).toBeNull();
    expect(await loadWall(otherLink)).not.toBeNull();
  });
});
