// Preloaded into the server process (`node --import ./scripts/server-preload.mjs …next start`; npm start,
// npm run dev, the bench and the Docker image do it). Plain JavaScript, so the standalone image needs no
// TypeScript runtime. Two jobs, both on the HTTP server's "request" event:
//
// 1. Stamps every request with the address of the TCP peer it came from, overwriting any header of that
//    name a client sent. Next.js gives route handlers and server actions no other way to the
//    connection's address (it only fills X-Forwarded-For with it when the client sent none).
//    lib/http/forwarded.ts reads the stamp.
// 2. Hands the IAM and STS Query API's requests to the lane that instrumentation.ts registers
//    (lib/query-api/node-lane.ts), which answers them with the same handler as app/api/{iam,sts}/route.ts
//    but without Next's routing and rendering pipeline, two thirds of such a request's cost. Until the
//    lane is registered, and for every other request, Next serves as usual.
import http from "node:http";

const HEADER = "x-mock-iam-peer-address";
const LANE = Symbol.for("mock-iam-console.query-api-lane");
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
  if (event === "request") {
    const [request, response] = args;
    request.headers[HEADER] = request.socket?.remoteAddress ?? "";
    if (globalThis[LANE]?.(request, response)) return true;
  }
  return emit.call(this, event, ...args);
};

// Lets the server refuse to start without this preload (lib/config/boot-check.ts) rather than believe
// a client's own header.
globalThis[Symbol.for("mock-iam-console.peer-address")] = HEADER;
