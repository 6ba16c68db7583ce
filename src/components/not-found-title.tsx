"use client";

import { useEffect } from "react";

/**
 * A page refused with notFound() keeps the metadata of the page that refused it ("Biên bản"), so
 * the not-found screens set the tab title themselves once they are shown.
 */
export function NotFoundTitle() {
  useEffect(() => {
    document.title = "Không tìm thấy · Sổ Biên Bản";
  }, []);
  return null;
}
