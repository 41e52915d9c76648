/** Light or dark, following the site: the colour actually painted behind the editor. */

function parseColor(value: string): [number, number, number, number] | undefined {
  const match = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!match) return undefined;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0..1. */
export function luminance(r: number, g: number, b: number): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function detectTheme(editor: Element): 'light' | 'dark' {
  const view = editor.ownerDocument.defaultView;
  for (let node: Node | null = editor; node && view; ) {
    if (node instanceof Element) {
      const color = parseColor(view.getComputedStyle(node).backgroundColor);
      if (color && color[3] > 0.5) return luminance(color[0], color[1], color[2]) < 0.25 ? 'dark' : 'light';
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
