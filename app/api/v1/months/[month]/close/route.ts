import { closeMonthCommand } from "@/features/incentives/commands";
import { monthRoute } from "@/features/incentives/month-route";

/** POST /api/v1/months/{YYYY-MM}/close { "reason"? } (admins). */
export const POST = monthRoute(closeMonthCommand);
