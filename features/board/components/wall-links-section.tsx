import { getFormatter, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { DATE_AND_TIME } from "@/platform/i18n/format";
import { revokeWallLinkAction } from "@/features/board/wall-actions";
import type { WallLinkRecord } from "@/features/board/wall-links-data";
import { WallLinkForm } from "./wall-link-form";

/** The admin's wall-screen links: create one for a team, revoke those that work. */
export async function WallLinksSection({ teams, links }: { teams: { id: string; name: string }[]; links: WallLinkRecord[] }) {
  const wt = await getTranslations("wall");
  const format = await getFormatter();
  return (
    <section className="card" aria-labelledby="wall-title">
      <h2 id="wall-title">{wt("adminTitle")}</h2>
      <p className="muted">{wt("adminIntro")}</p>
      <WallLinkForm teams={teams.map((team) => ({ id: team.id, name: team.name }))} />
      <h3>{wt("active")}</h3>
      {links.length === 0 ? (
        <p>{wt("none")}</p>
      ) : (
        <TableScroll label={wt("caption")}>
          <table data-testid="wall-links">
            <caption className="sr-only">{wt("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{wt("team")}</th>
                <th scope="col">{wt("createdAt")}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {links.map((link) => {
                const date = format.dateTime(new Date(link.createdAt), DATE_AND_TIME);
                return (
                  <tr key={link.id}>
                    <th scope="row">{link.teamName}</th>
                    <td>{date}</td>
                    <td>
                      <RowAction action={revokeWallLinkAction} name="linkId" value={link.id} label={wt("revokeLabel", { team: link.teamName, date })}>
                        {wt("revoke")}
                      </RowAction>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
