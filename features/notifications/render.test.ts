import { describe, expect, it } from "vitest";
import { compose } from "./messages";
import { renderEmail, renderSlack, renderTeams } from "./render";

const url = (path: string) => `https://ssi.example.com${path}`;

describe("a message drawn for its medium", () => {
  it("escapes what people typed in the HTML part and keeps it as typed in the text part", () => {
    const message = compose({ kind: "challenge-won", name: "<b>Zoé</b> & co", month: "2027-03", title: "Dîner \"+10\" <script>", reward: { text: "Dinner", amount: "150", currency: "EUR" } }, "fr", url);
    const email = renderEmail(message, "footer", "fr", null);
    expect(email.html).toContain("&#60;b&#62;Zoé&#60;/b&#62; &#38; co");
    expect(email.html).not.toContain("<script>");
    expect(email.text).toContain("Bonjour <b>Zoé</b> & co,");
    expect(email.text).toMatch(/Votre récompense : Dinner \(150,00\s€\)\./);
    expect(email.subject).toBe('Vous avez gagné Dîner "+10" <script>');
  });

  it("says how to stop a message one may stop, in both parts", () => {
    const message = compose({ kind: "log-reminder", name: "Julie", month: "2027-03" }, "en", url);
    const email = renderEmail(message, "footer", "en", { page: url("/unsubscribe/t"), oneClick: url("/api/unsubscribe/t"), label: "Stop these emails", settingsLabel: "Settings", settingsUrl: url("/settings/notifications") });
    expect(email.text).toContain("Stop these emails: https://ssi.example.com/unsubscribe/t");
    expect(email.html).toContain('href="https://ssi.example.com/unsubscribe/t"');
    expect(email.text).toContain("Log my SSI: https://ssi.example.com/log");
    expect(email.subject).toBe("Log your SSI for March 2027");
  });

  it("builds Slack's Block Kit with mrkdwn escaped, and a Teams Adaptive Card", () => {
    const message = compose({ kind: "channel-tier-reached", name: "A <@here> & B", month: "2027-03", tier: "Gold", total: null }, "en", url);
    const slack = renderSlack(message) as { text: string; blocks: { text?: { text: string } }[] };
    expect(slack.text).toBe("A <@here> & B reached Gold in March 2027");
    expect(slack.blocks[0]?.text?.text).toBe("*A &lt;@here&gt; &amp; B reached Gold in March 2027*");
    const teams = renderTeams(message) as { attachments: { contentType: string; content: { type: string; body: { text: string }[] } }[] };
    expect(teams.attachments[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(teams.attachments[0]?.content.body[0]?.text).toBe("A <@here> & B reached Gold in March 2027");
  });
});
