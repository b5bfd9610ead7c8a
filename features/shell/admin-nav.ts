import { ADMINISTER, type Permission } from "@/platform/auth/permissions";

/** What opens the admin area (app/(dashboard)/admin): its layout and its pages ask for this. */
export const ADMIN_AREA = ADMINISTER;

export interface AdminNavItem {
  href: string;
  /** A key of the message catalogues, namespace included. */
  label: string;
  /** Who sees the link: the permission the page it leads to asks for. */
  permission: Permission;
}

/** The admin area's navigation, in the order it is shown. */
export const ADMIN_NAV: readonly AdminNavItem[] = [
  { href: "/incentives", label: "common.incentives", permission: { action: "manage-challenges" } },
  { href: "/admin/months", label: "common.months", permission: { action: "close-months" } },
  { href: "/payouts", label: "common.payouts", permission: { action: "manage-challenges" } },
  { href: "/admin/teams", label: "admin.teamsLink", permission: ADMIN_AREA },
  { href: "/admin/people", label: "admin.peopleLink", permission: ADMIN_AREA },
  { href: "/admin/import", label: "admin.importLink", permission: ADMIN_AREA },
  { href: "/admin/audit", label: "admin.auditLink", permission: ADMIN_AREA },
  { href: "/admin/notifications", label: "admin.notificationsLink", permission: ADMIN_AREA },
  { href: "/admin/webhooks", label: "admin.webhooksLink", permission: ADMIN_AREA },
  { href: "/admin/security", label: "admin.securityLink", permission: ADMIN_AREA },
];
