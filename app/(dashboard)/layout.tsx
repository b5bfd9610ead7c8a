import { AppHeader } from "@/features/shell/components/app-header";
import { requireUser } from "@/platform/auth/session";

// Signed-in pages: the proxy redirects visitors without a session cookie, but
// the user is checked here again against the database on every request.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
