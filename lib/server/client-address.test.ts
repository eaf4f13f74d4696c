import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFromHeaders, resolveClientAddress } from "./client-address";
import { installClientAddressHook } from "./client-address-hook";
import { trustedProxyCount } from "./env-schema";

describe("resolveClientAddress", () => {
  it("uses the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "203.0.113.5", trustedProxies: 0 })).toBe("127.0.0.1");
    expect(resolveClientAddress({ socketAddress: "::1", forwardedFor: undefined, trustedProxies: 0 })).toBe("::1");
  });

  it("with n trusted proxies takes the n-th entry from the right", () => {
    const forwardedFor = "6.6.6.6, 203.0.113.5, 10.0.0.2";
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor, trustedProxies: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor, trustedProxies: 2 })).toBe("203.0.113.5");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: ["6.6.6.6", "203.0.113.5"], trustedProxies: 1 })).toBe("203.0.113.5");
  });

  it("falls back to the socket when the header has fewer entries than proxies", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: " , ", trustedProxies: 1 })).toBe("10.0.0.3");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: "203.0.113.5", trustedProxies: 2 })).toBe("10.0.0.3");
  });

  it("bounds the length", () => {
    expect(resolveClientAddress({ socketAddress: "a".repeat(500), forwardedFor: null, trustedProxies: 0 })).toHaveLength(64);
  });
});

describe("TRUSTED_PROXY_COUNT", () => {
  it("defaults to 0 and refuses what is not a small whole number", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(() => trustedProxyCount("yes")).toThrow();
    expect(() => trustedProxyCount("-1")).toThrow();
  });
});

describe("the server hook", () => {
  let server: http.Server;
  let url: string;
  const seen: (string | null)[] = [];

  beforeAll(async () => {
    installClientAddressHook(0);
    server = http.createServer((request, response) => {
      const headers = new Headers(
        Object.entries(request.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])),
      );
      seen.push(clientAddressFromHeaders(headers));
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("replaces a client's X-Forwarded-For and forged address header with the socket's address", async () => {
    await fetch(url, { headers: { "x-forwarded-for": "203.0.113.5", [CLIENT_ADDRESS_HEADER]: "198.51.100.1" } });
    expect(seen.at(-1)).toBe("127.0.0.1");
  });
});
