// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPrivateAddress, privateHostReason } from './address';

const hostOf = (url: string) => new URL(url).hostname;

describe('privateHostReason', () => {
  it.each([
    'http://localhost/',
    'http://LOCALHOST./admin',
    'http://printer.local/',
    'http://wiki.corp.internal/',
    'http://app.localhost:3000/',
    'http://127.0.0.1/',
    'http://127.8.9.10/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.254/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0:8080/',
    'http://[::1]/',
    'http://[fc00::1]/',
    'http://[fd12:3456::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:192.168.0.1]/',
    'http://2130706433/', // 127.0.0.1 written as one number
    'http://0x7f.1/', // 127.0.0.1 in hex shorthand
  ])('refuses %s', (url) => {
    expect(privateHostReason(hostOf(url))).not.toBeNull();
  });

  it.each([
    'https://example.com/',
    'https://news.bbc.co.uk/',
    'http://8.8.8.8/',
    'http://172.32.0.1/',
    'http://172.15.0.1/',
    'http://192.169.0.1/',
    'http://[2001:db8::1]/',
    'http://[2606:4700::1111]/',
    'http://local.example.com/',
    'http://internal.example.org/',
  ])('allows %s', (url) => {
    expect(privateHostReason(hostOf(url))).toBeNull();
  });
});

describe('isPrivateAddress', () => {
  it('judges what DNS answers, IPv4 and IPv6', () => {
    expect(isPrivateAddress('10.0.0.5')).toBe(true);
    expect(isPrivateAddress('::1')).toBe(true);
    expect(isPrivateAddress('fd00::5')).toBe(true);
    expect(isPrivateAddress('::ffff:10.0.0.5')).toBe(true);
    expect(isPrivateAddress('93.184.216.34')).toBe(false);
    expect(isPrivateAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(false);
  });
});
