/**
 * Which URLs point into the user's own machine or network. A page must not be able to make
 * ClaimLens probe those, so the checker refuses them unless the user allows private addresses.
 * Pure string work: runs in the service worker and in Node alike.
 */

/** Host names that never leave the machine or the local network, whatever DNS says. */
const LOCAL_NAME_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan'];

/** Why a host name or IP address is private, or null when it is public. */
export function privateHostReason(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host === 'localhost') return 'a local host name';
  if (LOCAL_NAME_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'a local network name';
  if (host.startsWith('[') || host.includes(':')) {
    return isPrivateIpv6(host.replace(/^\[|\]$/g, '')) ? 'a private IPv6 address' : null;
  }
  const v4 = parseIpv4(host);
  if (v4) return isPrivateIpv4(v4) ? 'a private IPv4 address' : null;
  return null;
}

/** True when `address` (an IPv4 or IPv6 literal, as DNS returns it) is loopback, private or link-local. */
export function isPrivateAddress(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4) return isPrivateIpv4(v4);
  return address.includes(':') && isPrivateIpv6(address.replace(/^\[|\]$/g, ''));
}

/** True when the host is an IP literal, so there is nothing for DNS to resolve. */
export function isIpLiteral(hostname: string): boolean {
  return parseIpv4(hostname) !== null || hostname.startsWith('[') || hostname.includes(':');
}

function parseIpv4(host: string): number[] | null {
  // The WHATWG URL parser has already turned 0x7f.1, 2130706433 and friends into dotted quads.
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

function isPrivateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this network": 0.0.0.0 reaches the local machine on Linux and macOS
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT, the ISP's side of the user's network
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast, reserved and broadcast: never a web server
  );
}

function isPrivateIpv6(address: string): boolean {
  const groups = expandIpv6(address.toLowerCase());
  if (!groups) return true; // unreadable: refuse rather than guess
  if (groups.every((group) => group === 0)) return true; // ::
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return true; // ::1
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible addresses carry an IPv4 address to judge.
  if (groups.slice(0, 5).every((group) => group === 0) && (groups[5] === 0xffff || groups[5] === 0)) {
    return isPrivateIpv4([groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff]);
  }
  if ((groups[0] & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((groups[0] & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  return (groups[0] & 0xff00) === 0xff00; // multicast
}

function expandIpv6(address: string): number[] | null {
  let text = address.split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]);
    if (!v4) return null;
    text = text.slice(0, -dotted[1].length) + `${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const parts = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const groups = parts.map((part) => (/^[0-9a-f]{1,4}$/.test(part) ? parseInt(part, 16) : NaN));
  return groups.some(Number.isNaN) ? null : groups;
}
