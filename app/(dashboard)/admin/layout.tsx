import { requireAdmin } from "@/features/shell/admin-area";
import { AdminNav } from "@/features/shell/components/admin-nav";

// The admin area: admins only, with its navigation on every page. Checking
// here gives the 403 page before any of the area renders, but it does not
// guard the pages on its own: Next.js renders a layout and its page side by
// side, keeps the layout across navigations inside the area (only the page is
// rendered again), and server actions and route handlers never pass through
// it. So every page that reads admin data calls requireAdmin() (or its own
// permission) too; the user is read once a request, so that costs nothing.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin();
  return (
    <>
      <AdminNav user={user} />
      {children}
    </>
  );
}
