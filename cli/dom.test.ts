import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { describe, expect, it } from 'vitest';

import { parseHtml } from './dom';

describe('parseHtml', () => {
  it('builds a document whose relative links resolve against the given URL', () => {
    const doc = parseHtml('<html><head><title>T</title></head><body><a href="../b/c.html">x</a></body></html>', 'https://news.example/a/story');
    expect(doc.title).toBe('T');
    expect(doc.querySelector('a')?.href).toBe('https://news.example/b/c.html');
    expect(doc.URL).toBe('https://news.example/a/story');
  });

  it('never runs page scripts or event handlers', async () => {
    const marker = `claimlensPwned${Date.now()}`;
    const doc = parseHtml(
      `<body onload="globalThis.${marker}=1"><script>globalThis.${marker}=2;document.title='changed'</script>` +
        `<img src="x" onerror="globalThis.${marker}=3"><p>text</p></body>`,
      'https://news.example/',
    );
    await new Promise((settle) => setTimeout(settle, 50));
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect((doc.defaultView as unknown as Record<string, unknown> | null)?.[marker]).toBeUndefined();
    expect(doc.title).toBe('');
    expect(doc.querySelector('p')?.textContent).toBe('text');
  });

  it('fetches nothing the page refers to (scripts, styles, images, frames)', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('globalThis.loaded = 1;');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      parseHtml(
        `<head><script src="${base}/s.js"></script><link rel="stylesheet" href="${base}/c.css"><meta http-equiv="refresh" content="0;url=${base}/r"></head>` +
          `<body><img src="${base}/i.png"><iframe src="${base}/f.html"></iframe></body>`,
        'https://news.example/',
      );
      await new Promise((settle) => setTimeout(settle, 300));
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });
});
