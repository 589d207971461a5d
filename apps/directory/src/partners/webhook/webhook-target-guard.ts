import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where a webhook must not be sent: this host, private and shared networks, link-local
 * addresses (a cloud's metadata service among them), and addresses that are not a single
 * host's. A subscription's URL is the partner's to choose: without this, a partner could make
 * the directory POST signed requests into the network it runs in.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  // IPv4 through a NAT64 gateway. (Mapped ones, ::ffff:a.b.c.d, are checked as IPv4.)
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

function isPublic(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a host is refused: the first of its addresses that is not public; null if none. */
function refusalOf(host: string, addresses: readonly string[]): string | null {
  const refused = addresses.find((address) => !isPublic(address));
  if (refused === undefined) return null;
  return refused === host
    ? `${host} is not a public address`
    : `${host} resolves to ${refused}, not a public address`;
}

/** A connection refused by `publicAddressLookup`; its message says why. */
export class PrivateTargetError extends Error {
  override readonly name = 'PrivateTargetError';
}

/** A URL's host without the brackets of an IPv6 literal. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Why a URL does not lead to a public address, or null when it does. A host name is resolved,
 * and every address it has must be public. A name that does not resolve is not refused here:
 * sending to it fails on its own.
 */
export async function privateTargetOf(url: string): Promise<string | null> {
  const host = hostOf(url);
  if (isIP(host)) return refusalOf(host, [host]);
  try {
    const addresses = await lookup(host, { all: true, verbatim: true });
    return refusalOf(
      host,
      addresses.map(({ address }) => address),
    );
  } catch {
    return null;
  }
}

/** Why an address literal in a URL is not public, or null (a name is checked when resolved). */
export function privateAddressOf(url: string): string | null {
  const host = hostOf(url);
  return isIP(host) ? refusalOf(host, [host]) : null;
}

/**
 * A `lookup` for http(s).request that fails when the name resolves to an address that is not
 * public: the check is made on the very addresses the request connects to, so a name whose
 * answers change between a check and the request cannot slip through. (An address literal
 * is not looked up: `privateAddressOf` checks it.)
 */
export const publicAddressLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const refusal = refusalOf(
      hostname,
      addresses.map(({ address }) => address),
    );
    if (refusal) return callback(new PrivateTargetError(refusal), '', 0);
    if (options.all) return (callback as AllAddressesCallback)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

type AllAddressesCallback = (error: null, addresses: LookupAddress[]) => void;
