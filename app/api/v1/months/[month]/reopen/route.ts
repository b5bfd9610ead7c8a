import { reopenMonthCommand } from "@/features/incentives/commands";
import { monthRoute } from "@/features/incentives/month-route";

/** POST /api/v1/months/{YYYY-MM}/reopen { "reason" } (admins; the reason is required). */
export const POST = monthRoute(reopenMonthCommand);
