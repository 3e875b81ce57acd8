// Preloaded into the server process (`node --import ./scripts/peer-address.mjs …next start`; npm start,
// npm run dev, the bench and the Docker image do it): stamps every HTTP request with the address of the
// TCP peer it came from, overwriting any header of that name a client sent. Next.js gives route
// handlers and server actions no other way to the connection's address (it only fills X-Forwarded-For
// with it when the client sent none). lib/http/forwarded.ts reads the stamp; plain JavaScript, so the
// standalone image needs no TypeScript runtime.
import http from "node:http";

const HEADER = "x-mock-iam-peer-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
  if (event === "request") args[0].headers[HEADER] = args[0].socket?.remoteAddress ?? "";
  return emit.call(this, event, ...args);
};

// Lets the server refuse to start without this preload (lib/config/boot-check.ts) rather than believe
// a client's own header.
globalThis[Symbol.for("mock-iam-console.peer-address")] = HEADER;
