"use server";
import { defineAction } from "@/platform/http/define-action";
import { importFile } from "./commands";

/** Checks (dry run) or imports a people or score history file (admins). */
export const importAction = defineAction(importFile);
