import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links to the previous and next pages of a board. */
export async function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = await getTranslations("leaderboard");
  return (
    <nav aria-label={t("pagination")} className="actions pagination">
      {page > 1 && <Link href={href(page - 1)}>{t("previous")}</Link>}
      <span>{t("page", { page, pages })}</span>
      {page < pages && <Link href={href(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
