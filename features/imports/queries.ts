import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { savedMappings } from "./mapping-data";

/** The names of the column mappings saved for each kind of import: admins only. */
export const savedMappingsQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: async () => {
    const [people, scores] = await Promise.all([savedMappings("people"), savedMappings("scores")]);
    return { people: people.map((m) => m.name), scores: scores.map((m) => m.name) };
  },
});
