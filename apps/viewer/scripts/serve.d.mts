import type { Server } from "node:http";

export declare function serveStatic(
  root: string,
  options?: { port?: number; host?: string },
): Promise<{ server: Server; url: string }>;
