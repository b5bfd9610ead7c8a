import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { getSettings } from "./data";

/** The company's settings as the admin's form edits them: admins only. */
export const settingsQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: () => getSettings(),
});
