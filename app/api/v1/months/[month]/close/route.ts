import { closeMonthCommand } from "@/lib/incentives/commands";
import { monthRoute } from "@/lib/incentives/month-route";

/** POST /api/v1/months/{YYYY-MM}/close { "reason"? } (admins). */
export const POST = monthRoute(closeMonthCommand);
