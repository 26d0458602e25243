import type http from "node:http";
import net from "node:net";
import ipaddr from "ipaddr.js";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";

// Where a webhook may be sent (SSRF). A URL is judged when an endpoint is saved (its form, and its host
// when that is an address) and again at every attempt by the connection itself: request-filtering-agent
// (a maintained agent made for this) checks each address the name resolves to at connect time, in the
// lookup the socket uses, so a name that resolved to a public address when saved and to
// 169.254.169.254 now is refused, with no second resolution for DNS rebinding to slip between.
// Redirects are never followed (webhook-sender.ts). Both checks refuse every range but public unicast
// (ipaddr.js's ranges: private, loopback, link-local and cloud metadata, carrier-grade NAT, unique
// local, multicast, reserved), but 127.0.0.1 and ::1 outside production.

/** Production: https only, public addresses only. Elsewhere, plain http and loopback too, for a receiver on this machine. */
export interface OutboundPolicy {
  production: boolean;
}

export const outboundPolicy = (config: { isProduction: boolean }): OutboundPolicy => ({ production: config.isProduction });

/** The loopback addresses a development receiver listens on (exact addresses: the agent warns when it matches an IPv6 address against an IPv4 range). */
const LOOPBACK = ["127.0.0.1", "::1"];

/** Why an address may not be a webhook's destination under the policy, or null when it may. */
export function refusalOfAddress(address: string, policy: OutboundPolicy): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const range = ipaddr.process(address).range();
  if (range === "unicast") return null;
  if (range === "loopback") return policy.production || !LOOPBACK.includes(ipaddr.process(address).toString()) ? `${address} is a loopback address` : null;
  return `${address} is not a public address (${range})`;
}

/** Why a URL may not be saved as an endpoint under the policy (its form; a literal address's range), or null. */
export function refusalOfUrl(text: string, policy: OutboundPolicy): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "must be an absolute URL";
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !policy.production)) return policy.production ? "must use https" : "must use https (or http, outside production)";
  if (url.username || url.password) return "must not carry credentials";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) return refusalOfAddress(host, policy);
  if (policy.production && (host === "localhost" || host.endsWith(".localhost") || !host.includes("."))) return "must name a public host";
  return null;
}

const agents = new Map<string, http.Agent>();

/** The agent an attempt connects through: it refuses, at connect time, any address the policy refuses. */
export function destinationAgent(protocol: string, policy: OutboundPolicy): http.Agent {
  const key = `${protocol}${policy.production}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { keepAlive: false, allowIPAddressList: policy.production ? [] : LOOPBACK };
    agent = protocol === "https:" ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}
