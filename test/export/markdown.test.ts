import { expect } from '@open-wc/testing';
import { blocks, escapeMarkdown, heading, item, paragraph } from '../../src/export/markdown.js';
import { rendered } from '../helpers.js';

const hostile = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '# not a heading',
  '- not a list',
  '1. not a list either',
  '[a link](javascript:alert(1))',
  '**not bold** _not em_ `not code`',
  '> not a quote',
  '&lt;b&gt; stays as typed',
  '| not | a | table |',
  '--- not a rule',
  'line one\nline two',
  '![image](https://example.com/x.png)',
  '<https://autolink.example>',
];

describe('Markdown export', () => {
  it('keeps learner text as text: no HTML, no structure', () => {
    for (const text of hostile) {
      const markdown = blocks(heading(2, text), paragraph(text), item(text, { done: true }));
      const html = rendered(markdown);
      expect(html.querySelectorAll('script, img, a, strong, em, code, blockquote, table, hr, ol').length, text).to.equal(0);
      expect(html.querySelectorAll('h2').length, text).to.equal(1);
      expect(html.querySelectorAll('ul > li').length, text).to.equal(1);
      const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(flat(html.querySelector('h2')!.textContent!), text).to.equal(flat(text));
      expect(flat(html.querySelector('p')!.textContent!), text).to.equal(flat(text));
    }
  });

  it('writes done items as task items and links only for safe schemes', () => {
    expect(item('Read SICP', { done: true })).to.equal('- [x] Read SICP');
    expect(item('Find a mentor', { done: false })).to.equal('- [ ] Find a mentor');
    const html = rendered(blocks(item('Go by Example', { href: 'https://gobyexample.com/(intro)' }), item('Bad', { href: 'javascript:alert(1)' })));
    const links = html.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://gobyexample.com/%28intro%29');
    expect(links[0].textContent).to.equal('Go by Example');
  });

  it('escapes every character that could open Markdown structure', () => {
    expect(escapeMarkdown('a*b_c')).to.equal('a\\*b\\_c');
    expect(escapeMarkdown('  spaced\n\nout  ')).to.equal('spaced out');
  });
});
