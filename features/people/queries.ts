import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { listPeople } from "./data";
import { listTeams } from "./team-data";

const ADMINS_ONLY = () => ({ action: "administer" }) as const;

/** Every team, archived ones included: admins only. */
export const teamListQuery = defineQuery({
  input: z.object({}),
  permission: ADMINS_ONLY,
  read: () => listTeams({ withArchived: true }),
});

/** Everyone, deactivated people included: admins only. */
export const peopleListQuery = defineQuery({
  input: z.object({}),
  permission: ADMINS_ONLY,
  read: () => listPeople(),
});
