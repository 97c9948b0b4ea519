// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { element, setAttributes, svgElement, uniqueId } from './dom';

describe('element', () => {
  it('builds a tag with its attributes and children', () => {
    const link = element('a', { href: '#top', class: 'back' }, [
      'Back to ',
      element('b', {}, ['top']),
    ]);
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('#top');
    expect(link.className).toBe('back');
    expect(link.textContent).toBe('Back to top');
    expect(link.querySelector('b')?.textContent).toBe('top');
  });

  it('puts text in as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const paragraph = element('p', { title: hostile }, [hostile]);
    expect(paragraph.childElementCount).toBe(0);
    expect(paragraph.textContent).toBe(hostile);
    expect(paragraph.title).toBe(hostile);
  });

  it('builds in the document it is given', () => {
    const other = document.implementation.createHTMLDocument('other');
    expect(element('div', {}, [], other).ownerDocument).toBe(other);
    expect(element('div').ownerDocument).toBe(document);
  });
});

describe('setAttributes', () => {
  it('treats booleans like HTML boolean attributes and writes numbers as text', () => {
    const input = element('input', { disabled: true, required: false, maxlength: 80 });
    expect(input.getAttribute('disabled')).toBe('');
    expect(input.hasAttribute('required')).toBe(false);
    expect(input.getAttribute('maxlength')).toBe('80');
  });

  it('removes an attribute set to false or undefined', () => {
    const button = element('button', { hidden: true, title: 'x' });
    setAttributes(button, { hidden: false, title: undefined });
    expect(button.hasAttribute('hidden')).toBe(false);
    expect(button.hasAttribute('title')).toBe(false);
  });
});

describe('svgElement', () => {
  it('builds in the SVG namespace', () => {
    const rect = svgElement('rect', { width: 3, fill: '#fff' });
    expect(rect.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(rect.getAttribute('width')).toBe('3');
  });
});

describe('uniqueId', () => {
  it('never gives the same id twice', () => {
    const ids = Array.from({ length: 5 }, () => uniqueId('field'));
    expect(new Set(ids).size).toBe(5);
    expect(ids.every((id) => id.startsWith('field-'))).toBe(true);
  });
});
