/**
 * Builds the archive in a worker thread and posts it item by item, at most AHEAD batches ahead of
 * the writer (each written batch sends one credit back), so memory stays bounded.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildArchive } from "./build";

export const AHEAD = 2;

interface Job {
  seed: number;
  meetings: number;
  batchSize: number;
}

async function run(port: NonNullable<typeof parentPort>, job: Job): Promise<void> {
  let credits = AHEAD;
  let wake: (() => void) | null = null;
  port.on("message", () => {
    credits++;
    wake?.();
  });
  for (const item of buildArchive(job.seed, job.meetings, job.batchSize)) {
    while (item.type === "batch" && credits === 0)
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    wake = null;
    if (item.type === "batch") credits--;
    port.postMessage(item);
  }
  port.close();
}

if (parentPort) void run(parentPort, workerData as Job);
