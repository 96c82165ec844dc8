// A draft as a mailto: link: the address, subject and body come back whole when the link is
// read (RFC 6068, UTF-8, CRLF line ends), an address that could add fields is left out, and a
// draft too long for a link is not cut: its length is given instead.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/core/report/draft.js';
import { MAILTO_LIMIT, renderDraftMailto } from '../../../src/core/report/draft-mailto.js';

const draft = (over: Partial<Draft> = {}): Draft => ({
  to: 'merchant',
  letter: false,
  lang: 'ja',
  caseId: '2026-11-29-fraud-order-1a2b',
  recipient: { name: 'さくらモール', email: 'support@sakura.example' },
  sender: { name: '山田 花子', phone: '090-1234-5678', email: undefined, address: undefined },
  subject: '身に覚えのない注文 (1001)',
  body: 'さくらモール ご担当者様\n\n注文 1001 & 1002 は私の注文ではありません。\n山田 花子\n',
  carriers: [],
  ...over,
});

describe('renderDraftMailto', () => {
  it('opens a new mail with the address, subject and body as written', () => {
    const link = renderDraftMailto(draft());
    if (!('url' in link)) throw new Error('expected a link');
    const url = new URL(link.url);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('support@sakura.example');
    const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe('身に覚えのない注文 (1001)');
    expect(params.get('body')).toBe(draft().body.replace(/\n/g, '\r\n'));
    // & in the body stays in the body: no field is added.
    expect([...params.keys()]).toEqual(['subject', 'body']);
  });

  it('leaves out an address that could add fields or recipients', () => {
    for (const email of ['a@b.example?bcc=x@y.example', 'a@b.example&cc=x', 'a b@c.example']) {
      const link = renderDraftMailto(draft({ recipient: { name: 'x', email } }));
      expect('url' in link && link.url.startsWith('mailto:?subject=')).toBe(true);
    }
  });

  it('gives the length instead of a link that would be cut', () => {
    const link = renderDraftMailto(draft({ body: 'あ'.repeat(400) }));
    expect(link).toEqual({ tooLong: expect.any(Number) as number });
    expect('tooLong' in link && link.tooLong).toBeGreaterThan(MAILTO_LIMIT);
  });
});
