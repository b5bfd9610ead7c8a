import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { listPeople } from "./data";
import { listTeams } from "./team-data";

/** Every team, archived ones included: admins only. */
export const teamListQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: () => listTeams({ withArchived: true }),
});

/** Everyone, deactivated people included: admins only. */
export const peopleListQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: () => listPeople(),
});
