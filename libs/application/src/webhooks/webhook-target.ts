import { ValidationError } from '@remiss/domain';
import { lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** What the configuration allows as a webhook target. */
export interface TargetPolicy {
  /** Loopback, private, link-local and other non-public addresses. */
  allowPrivateTargets: boolean;
  /** Plain http, for loopback targets only (development and tests). */
  allowHttpLoopback: boolean;
}

/** Addresses that are not the public internet: a webhook must not reach into the installation's own network (SSRF). */
// Two lists: node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules too (::ffff:0:0/96 would block all of IPv4).
const NON_PUBLIC_V4 = new BlockList();
const NON_PUBLIC_V6 = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC_V4.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['::ffff:0:0', 96], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  NON_PUBLIC_V6.addSubnet(net, bits, 'ipv6');
}
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Host names that name the installation's own network, never a public host. */
const PRIVATE_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home|corp|localdomain)$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return family === 4 ? !NON_PUBLIC_V4.check(address, 'ipv4') : !NON_PUBLIC_V6.check(address, 'ipv6');
}

function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

/** The URL's host without IPv6 brackets, lower case. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/**
 * Checks a subscription's URL (400 naming `url` otherwise): an absolute https URL (http only to a loopback host
 * outside production) without credentials or fragment, whose host is a well-formed DNS name (at least two labels)
 * or an IP address; non-public hosts and addresses only when the configuration allows them. The addresses a name
 * resolves to are checked again at every delivery (webhookLookup).
 */
export function checkWebhookUrl(value: string, policy: TargetPolicy): URL {
  const bad = (reason: string) => ValidationError.field('url', reason, 'WEBHOOK.URL_INVALID');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad('måste vara en fullständig adress, t.ex. https://diarie.ekero.se/remiss-webhook');
  }
  if (url.username || url.password) throw bad('får inte innehålla användarnamn eller lösenord (använd hemligheten för att verifiera avsändaren)');
  if (url.hash) throw bad('får inte innehålla ett #-fragment');
  const host = hostOf(url);
  const family = isIP(host);
  if (family === 0) {
    const labels = host.split('.');
    if (host.length > 253 || labels.length < 2 && host !== 'localhost' || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1])) {
      throw bad('har ett ogiltigt värdnamn');
    }
  }
  const loopback = isLoopback(host);
  if (url.protocol === 'http:') {
    if (!(policy.allowHttpLoopback && loopback)) throw bad('måste börja med https:// (http:// bara till den egna datorn under utveckling)');
  } else if (url.protocol !== 'https:') {
    throw bad('måste börja med https://');
  }
  if (!policy.allowPrivateTargets) {
    const nonPublic = family !== 0 ? !isPublicAddress(host) : PRIVATE_NAME.test(host);
    if (nonPublic) throw bad('får inte peka på en intern, privat eller lokal adress');
  }
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | Array<{ address: string; family: number }>, family?: number) => void;

/**
 * A `lookup` for node:http(s) that refuses a name resolving to a non-public address when the policy forbids
 * them (checked at connection time, so a name cannot be re-pointed between the check and the request).
 */
export function webhookLookup(policy: TargetPolicy) {
  return (hostname: string, options: object, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as Array<{ address: string; family: number }>;
      if (!policy.allowPrivateTargets && list.some((a) => !isPublicAddress(a.address))) {
        const refused = Object.assign(new Error(`${hostname} pekar på en intern adress`), { code: 'WEBHOOK_PRIVATE_TARGET' });
        return callback(refused, '');
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}
