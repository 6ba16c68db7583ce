-- PostgreSQL keeps the long search text out of line (TOAST), so its scans need no covering index.
-- This migration exists so both providers share one history.
SELECT 1;
