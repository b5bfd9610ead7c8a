import "server-only";
import { requirePermission } from "@/platform/auth/session";
import { ADMIN_AREA } from "./admin-nav";

/**
 * The signed-in admin, else the 403 page (signed out: the sign-in page).
 * The admin layout calls it, and so does every admin page that reads admin
 * data: a layout alone does not guard its pages (see the layout). The user
 * is read once a request (`getCurrentUser` is cached), so the second call
 * costs nothing.
 */
export function requireAdmin() {
  return requirePermission(ADMIN_AREA);
}
